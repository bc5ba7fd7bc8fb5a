import { z } from 'zod'

/**
 * The session clock as pure functions of (state, now). Remaining time is always derived from the
 * stored timestamps (time spent in each phase plus the running interval), never from counted
 * ticks, so a state restored from disk after a crash gives the same answer to the millisecond.
 */
export const TimerPhaseSchema = z.object({
  id: z.string(),
  name: z.string(),
  prompt: z.string(),
  /** The facilitator's private cues for the phase; shown on the console, never to the room. */
  notes: z.string().max(5_000),
  plannedMs: z.number().int().nonnegative(),
  /** Minutes added or taken away during the session (+1 / −1). */
  adjustMs: z.number().int(),
  /** Running time already spent in this phase, settled at every transition. */
  spentMs: z.number().int().nonnegative(),
})
export type TimerPhase = z.infer<typeof TimerPhaseSchema>

export const TimerStateSchema = z.object({
  phases: z.array(TimerPhaseSchema).min(1),
  index: z.number().int().nonnegative(),
  status: z.enum(['ready', 'running', 'paused', 'finished']),
  runningSince: z.number().int().nullable(),
  startedAt: z.number().int().nullable(),
  finishedAt: z.number().int().nullable(),
  noLaterThan: z.number().int().nullable(),
})
export type TimerState = z.infer<typeof TimerStateSchema>

export interface PlannedPhase {
  id: string
  name: string
  prompt: string
  notes?: string
  plannedMs: number
}

const MINUTE = 60_000

export { DEFAULT_GOAL_WORKSHOP_PLAN } from './default-plan'

export const createTimer = (plan: readonly PlannedPhase[]): TimerState => ({
  phases: plan.map((p) => ({ ...p, notes: p.notes ?? '', adjustMs: 0, spentMs: 0 })),
  index: 0,
  status: 'ready',
  runningSince: null,
  startedAt: null,
  finishedAt: null,
  noLaterThan: null,
})

const current = (t: TimerState): TimerPhase => t.phases[t.index]!
const runningMs = (t: TimerState, now: number) =>
  t.status === 'running' && t.runningSince !== null ? Math.max(0, now - t.runningSince) : 0

/** Adds the running interval to the current phase's spent time and stops the interval. */
const settle = (t: TimerState, now: number): TimerState => ({
  ...t,
  phases: t.phases.map((p, i) =>
    i === t.index ? { ...p, spentMs: p.spentMs + runningMs(t, now) } : p,
  ),
  runningSince: t.status === 'running' ? now : t.runningSince,
})

export const start = (t: TimerState, now: number): TimerState =>
  t.status === 'ready' ? { ...t, status: 'running', runningSince: now, startedAt: now } : t

export const pause = (t: TimerState, now: number): TimerState =>
  t.status === 'running' ? { ...settle(t, now), status: 'paused', runningSince: null } : t

export const resume = (t: TimerState, now: number): TimerState =>
  t.status === 'paused' ? { ...t, status: 'running', runningSince: now } : t

/** Space bar: start, pause or resume, whichever applies. */
export const toggle = (t: TimerState, now: number): TimerState => {
  if (t.status === 'ready') return start(t, now)
  if (t.status === 'running') return pause(t, now)
  return resume(t, now)
}

/** Moves on; on the last phase it finishes the session. A ready clock starts as it moves. */
export const next = (t: TimerState, now: number): TimerState => {
  if (t.status === 'finished') return t
  if (t.index === t.phases.length - 1) return finish(t, now)
  const base = t.status === 'ready' ? start(t, now) : t
  return { ...settle(base, now), index: t.index + 1 }
}

/** Undoes an accidental advance: back to the previous phase, which keeps the time it had used. */
export const previous = (t: TimerState, now: number): TimerState => {
  if (t.index === 0 || t.status === 'ready') return t
  if (t.status === 'finished') return { ...t, status: 'paused', finishedAt: null, index: t.index }
  return { ...settle(t, now), index: t.index - 1 }
}

export const finish = (t: TimerState, now: number): TimerState =>
  t.status === 'finished'
    ? t
    : { ...settle(t, now), status: 'finished', runningSince: null, finishedAt: now }

/**
 * +/− time on the current phase. A phase never gets less time than it has already used, so taking a
 * minute away can end the phase now but never rewrites the past.
 */
export const adjustCurrent = (t: TimerState, deltaMs: number, now: number): TimerState => {
  if (t.status === 'finished') return t
  const phase = current(t)
  const used = phase.spentMs + runningMs(t, now)
  const floor = Math.min(0, used - phase.plannedMs)
  const adjustMs = Math.max(phase.adjustMs + deltaMs, floor, -phase.plannedMs)
  if (adjustMs === phase.adjustMs) return t
  return { ...t, phases: t.phases.map((p, i) => (i === t.index ? { ...p, adjustMs } : p)) }
}

export const addMinute = (t: TimerState, now: number) => adjustCurrent(t, MINUTE, now)
export const removeMinute = (t: TimerState, now: number) => adjustCurrent(t, -MINUTE, now)

export const setNoLaterThan = (t: TimerState, at: number | null): TimerState =>
  t.noLaterThan === at ? t : { ...t, noLaterThan: at }

export const phaseAllowedMs = (p: TimerPhase) => Math.max(0, p.plannedMs + p.adjustMs)
export const phaseElapsedMs = (t: TimerState, now: number) => current(t).spentMs + runningMs(t, now)
/** Negative once the phase is over its time: overrun counts up past zero. */
export const phaseRemainingMs = (t: TimerState, now: number) =>
  phaseAllowedMs(current(t)) - phaseElapsedMs(t, now)
export const isOverrun = (t: TimerState, now: number) => phaseRemainingMs(t, now) < 0

export const totalPlannedMs = (t: TimerState) =>
  t.phases.reduce((sum, p) => sum + phaseAllowedMs(p), 0)
export const totalElapsedMs = (t: TimerState, now: number) =>
  t.phases.reduce((sum, p) => sum + p.spentMs, 0) + runningMs(t, now)

export type ClockTone = 'normal' | 'warning' | 'critical' | 'overrun'

/** Colour of the clock: warning at 20 % of the phase left, critical at 5 %, overrun past zero. */
export const clockTone = (t: TimerState, now: number): ClockTone => {
  const remaining = phaseRemainingMs(t, now)
  const allowed = phaseAllowedMs(current(t))
  if (remaining < 0) return 'overrun'
  if (remaining <= allowed * 0.05) return 'critical'
  if (remaining <= allowed * 0.2) return 'warning'
  return 'normal'
}

/**
 * "mm:ss". Remaining time rounds up, so a countdown shows 00:00 only at zero and changes exactly on
 * second boundaries; overrun rounds down and carries a "+".
 */
export const formatClock = (ms: number): string => {
  const over = ms < 0
  const seconds = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000)
  const mm = String(Math.floor(seconds / 60)).padStart(2, '0')
  const ss = String(seconds % 60).padStart(2, '0')
  return `${over ? '+' : ''}${mm}:${ss}`
}

/** True when the running phase crossed zero between two looks at the clock: time to chime. */
export const phaseJustEnded = (t: TimerState, before: number, now: number) =>
  t.status === 'running' && phaseRemainingMs(t, before) > 0 && phaseRemainingMs(t, now) <= 0
