import type { Availability, Channel } from './agreement'

const WORKING_DAY = 8 * 60
const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const

export const dayName = (isoWeekday: number) => DAY_NAMES[isoWeekday - 1] ?? '?'

/** "15 min", "4 h", "1 h 30 min", "2 working days": how people say response times. */
export const formatResponse = (minutes: number | null): string => {
  if (minutes === null) return 'not agreed'
  if (minutes >= WORKING_DAY && minutes % WORKING_DAY === 0) {
    const days = minutes / WORKING_DAY
    return days === 1 ? '1 working day' : `${days} working days`
  }
  if (minutes < 60) return `${minutes} min`
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return m ? `${h} h ${m} min` : `${h} h`
}

/** "Mon–Fri", "Mon, Wed, Fri", "Mon–Thu, Sat": consecutive days collapse into ranges. */
export const formatDays = (days: readonly number[]): string => {
  const sorted = [...new Set(days)].sort((a, b) => a - b)
  if (sorted.length === 0) return 'no working days'
  const ranges: [number, number][] = []
  for (const d of sorted) {
    const last = ranges.at(-1)
    if (last && d === last[1] + 1) last[1] = d
    else ranges.push([d, d])
  }
  return ranges
    .map(([a, b]) =>
      a === b
        ? dayName(a)
        : b === a + 1
          ? `${dayName(a)}, ${dayName(b)}`
          : `${dayName(a)}–${dayName(b)}`,
    )
    .join(', ')
}

/** How times of day and dates are written; the person's formats where given, as stored otherwise. */
export interface ClockWords {
  time(hhmm: string): string
  date(iso: string): string
}
const AS_STORED: ClockWords = { time: (t) => t, date: (d) => d }
/** "2026-12-15T08:00" → the date and time in the person's formats. */
const moment = (local: string, w: ClockWords) =>
  local.includes('T')
    ? `${w.date(local.slice(0, 10))} ${w.time(local.slice(11, 16))}`
    : w.date(local)

export const formatHours = (p: Availability, w: ClockWords = AS_STORED) =>
  `${formatDays(p.workDays)} ${w.time(p.workStart)}–${w.time(p.workEnd)}${p.workEnd <= p.workStart ? ' (next day)' : ''}`

export const formatOffGrid = (p: Availability, w: ClockWords = AS_STORED): string[] => [
  ...p.weeklyOffGrid.map(
    (b) =>
      `Every ${dayName(b.day)} ${w.time(b.start)}–${w.time(b.end)}${b.end <= b.start ? ' (next day)' : ''}${b.label ? ` · ${b.label}` : ''}`,
  ),
  ...p.datedOffGrid.map(
    (b) =>
      `${w === AS_STORED ? b.from.replace('T', ' ') : moment(b.from, w)} to ${w === AS_STORED ? b.to.replace('T', ' ') : moment(b.to, w)}${b.label ? ` · ${b.label}` : ''}`,
  ),
]

export const channelName = (channels: readonly Channel[], id: string | null) =>
  id ? (channels.find((c) => c.id === id)?.name ?? 'a removed channel') : '—'
