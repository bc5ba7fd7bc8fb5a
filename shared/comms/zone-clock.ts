import { IANAZone } from 'luxon'

/**
 * Wall-clock arithmetic in a time zone, fast enough for the live checks. Luxon answers each
 * offset through Intl's formatToParts; every offset in use is a multiple of 15 minutes and every
 * change happens on a quarter hour, so an offset found once holds for its whole quarter hour.
 */
const QUARTER_MS = 15 * 60_000
const DAY_MS = 24 * 60 * 60_000
const CACHE_LIMIT = 50_000
const offsets = new Map<string, number>()

export const offsetMinutes = (zone: string, ms: number): number => {
  const bucket = Math.floor(ms / QUARTER_MS)
  const key = `${zone}|${bucket}`
  let offset = offsets.get(key)
  if (offset === undefined) {
    offset = IANAZone.create(zone).offset(bucket * QUARTER_MS)
    if (offsets.size >= CACHE_LIMIT) offsets.clear()
    offsets.set(key, offset)
  }
  return offset
}

/** The calendar date of `ms` in `zone`, as that date's UTC midnight (days then step without DST). */
export const localDate = (zone: string, ms: number): number => {
  const local = ms + offsetMinutes(zone, ms) * 60_000
  return Math.floor(local / DAY_MS) * DAY_MS
}

export const isoWeekday = (date: number): number => ((new Date(date).getUTCDay() + 6) % 7) + 1

/**
 * The moment a wall clock in `zone` shows `minutes` after the start of `date` (past a day runs
 * into the next). Times skipped by a DST change land after the jump, as luxon does.
 */
export const wallClock = (zone: string, date: number, minutes: number): number => {
  const localTs = date + minutes * 60_000
  const o1 = offsetMinutes(zone, localTs)
  let guess = localTs - o1 * 60_000
  const o2 = offsetMinutes(zone, guess)
  if (o1 === o2) return guess
  guess -= (o2 - o1) * 60_000
  const o3 = offsetMinutes(zone, guess)
  if (o2 === o3) return guess
  return localTs - Math.min(o2, o3) * 60_000
}

/** "2026-03-29T08:00" read on the wall clock of `zone`; NaN when it is not such a string. */
export const parseLocal = (zone: string, text: string): number => {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)$/.exec(text)
  if (!m) return NaN
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number]
  return wallClock(zone, Date.UTC(y, mo - 1, d), h * 60 + mi)
}
