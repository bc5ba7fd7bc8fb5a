import type { TimerState } from './timer'
import { phaseAllowedMs, phaseRemainingMs } from './timer'

/** Seconds left at which the room is warned, besides the 20 % / 5 % colours of the clock. */
export const DEFAULT_WARNINGS_S = [120, 60, 30] as const

/** How long a fixed warning stays up after the clock passes it. */
export const WARNING_SHOWN_MS = 6_000

/**
 * The fixed warning the clock has just passed, or null. Pure in (state, now), so the console and
 * the projector show the same warning without talking to each other. A phase shorter than a
 * threshold never warns for it: a one-minute phase does not open on "two minutes left".
 */
export const activeWarning = (
  t: TimerState,
  now: number,
  thresholdsS: readonly number[],
): number | null => {
  if (t.status !== 'running') return null
  const phase = t.phases[t.index]
  if (!phase) return null
  const remaining = phaseRemainingMs(t, now)
  const passed = [...thresholdsS]
    .sort((a, b) => a - b)
    .find((s) => {
      const at = s * 1000
      return phaseAllowedMs(phase) > at && remaining <= at && remaining > at - WARNING_SHOWN_MS
    })
  return passed ?? null
}

/** "2 minutes left", "30 seconds left". */
export const warningWords = (seconds: number) => {
  if (seconds % 60 === 0) {
    const m = seconds / 60
    return `${m} ${m === 1 ? 'minute' : 'minutes'} left`
  }
  return `${seconds} seconds left`
}

/** "2:00, 1:00, 0:30" → [120, 60, 30]; null when any part is not a time between 5 s and 60 min. */
export const parseWarnings = (text: string): number[] | null => {
  const parts = text
    .split(/[,;\s]+/)
    .map((p) => p.trim())
    .filter(Boolean)
  if (parts.length > 6) return null
  const seconds: number[] = []
  for (const part of parts) {
    const m = /^(\d{1,2})(?::([0-5]\d))?$/.exec(part)
    if (!m) return null
    const s = m[2] === undefined ? Number(m[1]) * 60 : Number(m[1]) * 60 + Number(m[2])
    if (s < 5 || s > 3600) return null
    seconds.push(s)
  }
  return [...new Set(seconds)].sort((a, b) => b - a)
}

export const formatWarnings = (seconds: readonly number[]) =>
  seconds.map((s) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`).join(', ')
