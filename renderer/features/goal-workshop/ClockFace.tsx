import type { TimerState } from '../../../shared/workshop/timer'
import {
  clockTone,
  formatClock,
  phaseRemainingMs,
  totalRemainingMs,
} from '../../../shared/workshop/timer'
import { clockTime } from '../../lib/formats'

const timeOfDay = clockTime

const TONE_WORDS = {
  normal: '',
  warning: 'Less than a fifth of the phase left',
  critical: 'Almost out of time',
  overrun: 'Over time',
}

/** The phase clock: counts down, then up past zero in the overrun colour. */
export const ClockFace = ({
  timer,
  now,
  size,
}: {
  timer: TimerState
  now: number
  size: 'console' | 'audience'
}) => {
  const remaining = phaseRemainingMs(timer, now)
  const tone = clockTone(timer, now)
  return (
    <div className={`clock clock-${size} tone-${tone}`} role="timer" aria-label="Phase time left">
      <span className="clock-digits">{formatClock(remaining)}</span>
      {tone !== 'normal' && <span className="visually-hidden">{TONE_WORDS[tone]}</span>}
    </div>
  )
}

export const SessionTotals = ({ timer, now }: { timer: TimerState; now: number }) => {
  const total = totalRemainingMs(timer, now)
  return (
    <p className="session-totals">
      <span>
        Session {total >= 0 ? `${formatClock(total)} left` : `${formatClock(total)} over`}
      </span>
      {timer.noLaterThan && (
        <span> · Ends no later than {timeOfDay.format(new Date(timer.noLaterThan))}</span>
      )}
    </p>
  )
}
