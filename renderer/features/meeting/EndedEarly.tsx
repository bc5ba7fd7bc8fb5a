import type { TimerState } from '../../../shared/workshop/timer'
import { minutesEarly } from './speaker'

/** Finishing before the planned end is worth saying out loud. */
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
  const early = minutesEarly(timer, now)
  return (
    <p className={`ended-early${large ? ' ended-early-large' : ''}`} role="status">
      {early >= 1
        ? `Done, ${early} ${early === 1 ? 'minute' : 'minutes'} early. Well done, everyone!`
        : 'The meeting is over. Thank you, everyone.'}
    </p>
  )
}
