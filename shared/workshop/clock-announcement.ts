import type { TimerState } from './timer'
import { phaseRemainingMs } from './timer'

const MINUTE = 60_000

const minutes = (n: number) => (n === 1 ? '1 minute' : `${n} minutes`)

/** Whole minutes left, rounded up, so "1 minute left" lasts until the clock reaches zero. */
const timeLeft = (remainingMs: number) => {
  if (remainingMs > 0) return `${minutes(Math.ceil(remainingMs / MINUTE))} left`
  const over = Math.floor(-remainingMs / MINUTE)
  return over === 0 ? 'time is up' : `over time by ${minutes(over)}`
}

/**
 * What a screen reader hears about the clock through a polite live region. The text depends only
 * on the phase, the session's state and whole minutes, so it changes once a minute and when the
 * phase or state changes: never every second, which would drown out everything else.
 */
export const clockAnnouncement = (timer: TimerState, now: number): string => {
  const phase = timer.phases[timer.index]
  if (!phase) return ''
  const where = `Phase ${timer.index + 1} of ${timer.phases.length}, ${phase.name}`
  const left = timeLeft(phaseRemainingMs(timer, now))
  switch (timer.status) {
    case 'ready':
      return `${where}: ready to start, ${left}.`
    case 'running':
      return `${where}: ${left}.`
    case 'paused':
      return `${where}: paused, ${left}.`
    case 'finished':
      return 'The session is finished.'
  }
}
