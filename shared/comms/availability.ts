import { DateTime, IANAZone } from 'luxon'
import { isoWeekday, localDate, parseLocal, wallClock } from './zone-clock'
import type { Availability, DatedBlock, WeeklyBlock } from './agreement'

export const MINUTE_MS = 60_000
export const DAY_MS = 24 * 60 * MINUTE_MS
export const HORIZON_DAYS = 14
const DAY_MINUTES = 24 * 60
/** Spans are built a week at a time so a long search stops as soon as it has its answer. */
const CHUNK_MS = 7 * DAY_MS

/** Half-open [start, end) in epoch milliseconds. */
export interface Span {
  start: number
  end: number
}
export type OffGrid = (
  { kind: 'weekly'; block: WeeklyBlock } | { kind: 'dated'; block: DatedBlock }
) &
  Span

const zoneValidity = new Map<string, boolean>()

/**
 * Only IANA names: "local" would mean a different zone on every machine. Remembered, because
 * luxon answers by building an Intl formatter, and the checks ask thousands of times per edit.
 */
export const isValidTimeZone = (zone: string): boolean => {
  let valid = zoneValidity.get(zone)
  if (valid === undefined) {
    valid = IANAZone.isValidZone(zone)
    if (zoneValidity.size > 1000) zoneValidity.clear()
    zoneValidity.set(zone, valid)
  }
  return valid
}

/** A mistyped zone must not break the screen; UTC is at least the same for everyone. */
export const zoneOf = (p: Availability): string =>
  isValidTimeZone(p.timeZone) ? p.timeZone : 'UTC'

const safeZone = (zone: string) => (isValidTimeZone(zone) ? zone : 'UTC')

export const localLabel = (atMs: number, zone: string): string =>
  DateTime.fromMillis(atMs, { zone: safeZone(zone), locale: 'en-GB' }).toFormat('ccc HH:mm')

export const clockLabel = (atMs: number, zone: string): string =>
  DateTime.fromMillis(atMs, { zone: safeZone(zone) }).toFormat('HH:mm')

const clockMinutes = (clock: string): number => {
  const [hours, minutes] = clock.split(':')
  return Number(hours) * 60 + Number(minutes)
}

/** Length of the span from start to end on the clock; an end at or before the start is the next day. */
const spanMinutes = (start: string, end: string): number => {
  const diff = clockMinutes(end) - clockMinutes(start)
  return diff > 0 ? diff : diff + DAY_MINUTES
}

export const workingDayMinutes = (p: Availability): number => spanMinutes(p.workStart, p.workEnd)

/**
 * Calendar dates whose spans can touch [fromMs, toMs), as UTC midnights so stepping a day never
 * meets a DST change; the day before is included for spans that run past midnight.
 */
const datesAround = (zone: string, fromMs: number, toMs: number): number[] => {
  const last = localDate(zone, toMs)
  const dates: number[] = []
  for (let d = localDate(zone, fromMs) - DAY_MS; d <= last; d += DAY_MS) dates.push(d)
  return dates
}

/** Wall-clock times, so 09:00–17:00 stays 09:00–17:00 local on a DST change day. */
const dailySpan = (date: number, zone: string, start: string, end: string): Span => {
  const from = clockMinutes(start)
  return {
    start: wallClock(zone, date, from),
    end: wallClock(zone, date, from + spanMinutes(start, end)),
  }
}

const overlaps = (s: Span, fromMs: number, toMs: number) =>
  s.end > s.start && s.end > fromMs && s.start < toMs

const contains = (s: Span, atMs: number) => s.start <= atMs && atMs < s.end

export const workingSpans = (p: Availability, fromMs: number, toMs: number): Span[] => {
  const zone = zoneOf(p)
  return datesAround(zone, fromMs, toMs)
    .filter((d) => p.workDays.includes(isoWeekday(d)))
    .map((d) => dailySpan(d, zone, p.workStart, p.workEnd))
    .filter((s) => overlaps(s, fromMs, toMs))
}

export const weeklyOffGridSpans = (p: Availability, fromMs: number, toMs: number): OffGrid[] => {
  if (p.weeklyOffGrid.length === 0) return []
  const zone = zoneOf(p)
  return datesAround(zone, fromMs, toMs)
    .flatMap((d) =>
      p.weeklyOffGrid
        .filter((block) => block.day === isoWeekday(d))
        .map((block): OffGrid => ({
          kind: 'weekly',
          block,
          ...dailySpan(d, zone, block.start, block.end),
        })),
    )
    .filter((s) => overlaps(s, fromMs, toMs))
}

export const datedOffGridSpans = (p: Availability, fromMs: number, toMs: number): OffGrid[] => {
  const zone = zoneOf(p)
  return p.datedOffGrid
    .map((block): OffGrid => ({
      kind: 'dated',
      block,
      start: parseLocal(zone, block.from),
      end: parseLocal(zone, block.to),
    }))
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && overlaps(s, fromMs, toMs))
}

const subtract = (spans: Span[], cuts: Span[]): Span[] =>
  cuts.reduce(
    (rest, cut) =>
      rest.flatMap((s) =>
        cut.end <= s.start || cut.start >= s.end
          ? [s]
          : [
              ...(cut.start > s.start ? [{ start: s.start, end: cut.start }] : []),
              ...(cut.end < s.end ? [{ start: cut.end, end: s.end }] : []),
            ],
      ),
    spans,
  )

const merge = (spans: Span[]): Span[] =>
  [...spans]
    .sort((a, b) => a.start - b.start)
    .reduce<Span[]>((out, s) => {
      const last = out[out.length - 1]
      if (last && s.start <= last.end) last.end = Math.max(last.end, s.end)
      else out.push({ ...s })
      return out
    }, [])

/** Reachable time inside [fromMs, toMs): working hours minus every off-grid block, clipped. */
export const reachableSpans = (p: Availability, fromMs: number, toMs: number): Span[] => {
  const working = workingSpans(p, fromMs, toMs)
  if (working.length === 0) return []
  const off = [...weeklyOffGridSpans(p, fromMs, toMs), ...datedOffGridSpans(p, fromMs, toMs)]
  return merge(subtract(working, off))
    .map((s) => ({ start: Math.max(s.start, fromMs), end: Math.min(s.end, toMs) }))
    .filter((s) => s.end > s.start)
}

function* reachableFrom(p: Availability, fromMs: number, horizonDays: number): Generator<Span> {
  const until = fromMs + horizonDays * DAY_MS
  for (let t = fromMs; t < until; t += CHUNK_MS)
    yield* reachableSpans(p, t, Math.min(t + CHUNK_MS, until))
}

export const isWorking = (p: Availability, atMs: number): boolean =>
  workingSpans(p, atMs, atMs + 1).some((s) => contains(s, atMs))

/** A dated block (a trade fair) explains more than a weekly one, so it wins when both apply. */
export const offGridAt = (p: Availability, atMs: number): OffGrid | null =>
  [...datedOffGridSpans(p, atMs, atMs + 1), ...weeklyOffGridSpans(p, atMs, atMs + 1)].find((s) =>
    contains(s, atMs),
  ) ?? null

export const isReachable = (p: Availability, atMs: number): boolean =>
  isWorking(p, atMs) && offGridAt(p, atMs) === null

export const nextReachable = (
  p: Availability,
  fromMs: number,
  horizonDays = HORIZON_DAYS,
): number | null => {
  for (const s of reachableFrom(p, fromMs, horizonDays)) return s.start
  return null
}

/**
 * When `minutes` of the person's reachable time have passed since fromMs: the clock stops outside
 * their hours and off the grid. The default horizon allows two idle weeks plus a day per hour asked.
 */
export const addReachableMinutes = (
  p: Availability,
  fromMs: number,
  minutes: number,
  horizonDays = HORIZON_DAYS + Math.ceil(minutes / 60),
): number | null => {
  let left = minutes * MINUTE_MS
  for (const s of reachableFrom(p, fromMs, horizonDays)) {
    if (left <= s.end - s.start) return s.start + left
    left -= s.end - s.start
  }
  return null
}
