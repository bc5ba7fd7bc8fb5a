const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })
const shortFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' })

/** A calendar date ("2026-03-09") read as that day on this computer, never shifted by a zone. */
const asLocal = (isoDate: string) => new Date(`${isoDate.slice(0, 10)}T12:00:00`)

export const formatDay = (isoDate: string) => dayFormat.format(asLocal(isoDate))

/** Short enough for a chart axis: "9 Mar". */
export const formatShortDay = (isoDate: string) => shortFormat.format(asLocal(isoDate))

/** Whole days from `from` to `to`, both calendar dates. */
export const daysBetween = (from: string, to: string) =>
  Math.round((asLocal(to).getTime() - asLocal(from).getTime()) / 86_400_000)
