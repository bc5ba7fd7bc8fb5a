import { formatDate, formatShortDate } from '../../lib/formats'

export { daysBetween } from '../../../shared/format/calendar-days'

/** A calendar date ("2026-03-09") in the person's own date format. */
export const formatDay = (isoDate: string) => formatDate(isoDate)

/** Short enough for a chart axis: "Mar 9" / "9.3.". */
export const formatShortDay = (isoDate: string) => formatShortDate(isoDate)
