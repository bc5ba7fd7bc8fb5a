import { DateTime } from 'luxon'

/**
 * Arithmetic on calendar dates ("2026-12-15") through luxon, in UTC so no daylight-saving change
 * ever makes a day 23 or 25 hours long.
 */
const day = (iso: string) => DateTime.fromISO(iso.slice(0, 10), { zone: 'utc' })

export const addDays = (iso: string, days: number): string => day(iso).plus({ days }).toISODate()!

/** Whole days from `from` to `to`: negative when `to` comes first. */
export const daysBetween = (from: string, to: string): number =>
  Math.round(day(to).diff(day(from), 'days').days)

/** Today's date on this computer's calendar, "2026-11-23". */
export const todayIso = (now: Date = new Date()): string => DateTime.fromJSDate(now).toISODate()!
