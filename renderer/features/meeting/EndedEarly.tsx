import type { TimerState } from '../../../shared/workshop/timer'
import { finishWords, sessionTotals } from '../../../shared/workshop/session-totals'

/**
 * How the meeting ended against its plan: early is worth saying out loud, and an overrun is said
 * as it was, in seconds when under a minute, never as "on time".
 */
export const EndedEarly = ({
  timer,
  now,
  large = false,
}: {
  timer: TimerState
  now: number
  large?: boolean
}) => {
  if (timer.status !== 'finished') return null
  const { allowedMs, usedMs } = sessionTotals(timer, now)
  const words = finishWords(allowedMs, usedMs)
  return (
    <p className={`ended-early${large ? ' ended-early-large' : ''}`} role="status">
      {words.includes('early')
        ? `Done: the meeting ${words}. Well done, everyone!`
        : `The meeting is over; it ${words}. Thank you, everyone.`}
    </p>
  )
}
