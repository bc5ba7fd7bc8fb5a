import { sessionTotals } from './session-totals'
import type { TimerState } from './timer'
import { phaseAllowedMs, phaseRemainingMs } from './timer'

/**
 * Milliseconds until a count shown in whole seconds changes: rounded up while time is left, the
 * "+" appearing just past zero, then rounded down (see formatClock).
 */
const untilNextSecond = (ms: number) => {
  if (ms > 0) return ((ms - 1) % 1000) + 1
  return ms === 0 ? 1 : 1000 - (-ms % 1000)
}

/**
 * How long until anything the clock shows can change: the phase's seconds, the session's seconds,
 * or the colour at 20 %, 5 % and zero. A clock that wakes then (not on a fixed beat) turns each
 * second when it turns, and sleeps in between.
 */
export const msUntilClockChanges = (t: TimerState, now: number): number => {
  const remaining = phaseRemainingMs(t, now)
  const allowed = phaseAllowedMs(t.phases[t.index]!)
  const tones = [allowed * 0.2, allowed * 0.05, 0]
    .filter((mark) => remaining > mark)
    .map((mark) => Math.ceil(remaining - mark))
  return Math.min(
    untilNextSecond(remaining),
    untilNextSecond(sessionTotals(t, now).leftMs),
    ...tones,
  )
}
