import type { TimerState } from '../../../shared/workshop/timer'
import { clockTone, formatClock, phaseRemainingMs } from '../../../shared/workshop/timer'

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
  const tone = clockTone(timer, now)
  return (
    <div className={`clock clock-${size} tone-${tone}`} role="timer" aria-label="Phase time left">
      <span className="clock-digits">{formatClock(phaseRemainingMs(timer, now))}</span>
      {tone !== 'normal' && <span className="visually-hidden">{TONE_WORDS[tone]}</span>}
    </div>
  )
}
