import type { TimerState } from './timer'
import { phaseAllowedMs, phaseElapsedMs, phaseRemainingMs, totalElapsedMs } from './timer'

const MINUTE = 60_000

export interface PhaseActual {
  name: string
  /** As planned before the session, without the minutes added or taken away. */
  plannedMs: number
  /** Planned plus the minutes added or taken away during the session. */
  allowedMs: number
  /** Running time spent in the phase so far, over every visit. */
  usedMs: number
}

export interface SessionTotals {
  plannedMs: number
  allowedMs: number
  usedMs: number
  /**
   * The session's time left against its plan: everything allowed minus everything used, so an
   * overrun already spent in an earlier phase stays spent. Negative once the session is over time.
   */
  leftMs: number
  /** When the session was meant to end, seen from its start; null until it starts. */
  plannedEnd: number | null
  /** When it will end if the current phase uses at least its time and every later one its own. */
  projectedEnd: number
  phases: PhaseActual[]
}

/** Time still to come in phases after the current one (a phase visited before keeps what it used). */
const laterPhasesMs = (t: TimerState) =>
  t.phases
    .slice(t.index + 1)
    .reduce((sum, p) => sum + Math.max(0, phaseAllowedMs(p) - p.spentMs), 0)

const projectedEnd = (t: TimerState, now: number) => {
  if (t.status === 'finished') return t.finishedAt ?? now
  if (t.status === 'ready') return now + t.phases.reduce((s, p) => s + phaseAllowedMs(p), 0)
  return now + Math.max(0, phaseRemainingMs(t, now)) + laterPhasesMs(t)
}

/** Every session figure the console, the projector and the summary show, from one place. */
export const sessionTotals = (t: TimerState, now: number): SessionTotals => {
  const plannedMs = t.phases.reduce((s, p) => s + p.plannedMs, 0)
  const allowedMs = t.phases.reduce((s, p) => s + phaseAllowedMs(p), 0)
  const usedMs = totalElapsedMs(t, now)
  return {
    plannedMs,
    allowedMs,
    usedMs,
    leftMs: allowedMs - usedMs,
    plannedEnd: t.startedAt === null ? null : t.startedAt + plannedMs,
    projectedEnd: projectedEnd(t, now),
    phases: t.phases.map((p, i) => ({
      name: p.name,
      plannedMs: p.plannedMs,
      allowedMs: phaseAllowedMs(p),
      usedMs: i === t.index ? phaseElapsedMs(t, now) : p.spentMs,
    })),
  }
}

export interface LimitCheck {
  limit: number
  projectedEnd: number
  /** How far the projected end lies past the limit; zero when the plan still fits. */
  overMs: number
  /** Whole minutes the facilitator must cut from the phases to come to end by the limit. */
  cutMinutes: number
}

/** "Ends no later than": does the plan still fit, and if not, how much must be cut. */
export const checkLimit = (t: TimerState, now: number): LimitCheck | null => {
  if (t.noLaterThan === null || t.status === 'finished') return null
  const end = projectedEnd(t, now)
  const overMs = Math.max(0, end - t.noLaterThan)
  return {
    limit: t.noLaterThan,
    projectedEnd: end,
    overMs,
    cutMinutes: Math.ceil(overMs / MINUTE),
  }
}

/** "28 min", "21 min 30 s", "45 s". */
export const formatDuration = (ms: number) => {
  const seconds = Math.round(Math.abs(ms) / 1000)
  const [m, s] = [Math.floor(seconds / 60), seconds % 60]
  if (m === 0) return `${s} s`
  return s ? `${m} min ${s} s` : `${m} min`
}

/**
 * How a finished session went against its plan. A minute or more early counts in whole minutes;
 * any overrun is reported, under a minute in seconds: "on time" is said only when it was.
 */
export const finishWords = (plannedMs: number, usedMs: number): string => {
  const overMs = usedMs - plannedMs
  const overSeconds = Math.round(overMs / 1000)
  if (overSeconds > 0)
    return overMs < MINUTE
      ? `ran ${overSeconds} s over`
      : `ran ${Math.floor(overMs / MINUTE)} min over`
  const early = Math.floor(-overMs / MINUTE)
  return early >= 1 ? `ended ${early} min early` : 'ended on time'
}
