import { useCallback, useEffect, useRef } from 'react'
import { msUntilClockChanges } from '../../../shared/workshop/clock-changes'
import { clockAnnouncement } from '../../../shared/workshop/clock-announcement'
import type { TimerState } from '../../../shared/workshop/timer'
import { phaseRemainingMs } from '../../../shared/workshop/timer'
import { activeWarning, warningWords } from '../../../shared/workshop/warnings'
import { playChime } from './chime'
import { ClockFace } from './ClockFace'
import { AudienceTotals, ConsoleTotals } from './SessionTotals'
import { useNow } from './useNow'

interface Props {
  timer: TimerState
  size: 'console' | 'audience'
  warnAtSeconds: readonly number[]
  /** Chime at each fixed warning and when the phase runs out (the console only). */
  chime?: boolean
}

/**
 * The clock as its own small component: only it re-renders on the beat, never the board beside
 * it. It also carries what depends on the beat: the fixed warnings, the chime, and a screen
 * reader's once-a-minute announcement.
 */
export const PhaseClock = ({ timer, size, warnAtSeconds, chime = false }: Props) => {
  // Wakes when the digits, the session's seconds or the colour change; at least once a second
  // for the rest (a wall-clock jump to notice).
  const untilChange = useCallback((at: number) => msUntilClockChanges(timer, at), [timer])
  const now = useNow(timer.status === 'running', 1000, untilChange)
  const warning = activeWarning(timer, now, warnAtSeconds)
  useChime(timer, now, warning, chime)
  return (
    <div className={`phase-clock phase-clock-${size}`}>
      <ClockFace timer={timer} now={now} size={size} />
      {warning !== null && (
        <p className="clock-warning" role={size === 'console' ? 'status' : undefined}>
          {warningWords(warning)}
        </p>
      )}
      {size === 'console' ? (
        <>
          {/* The digits are silent to screen readers; this speaks once a minute and at changes. */}
          <p
            className="visually-hidden"
            role="status"
            aria-live="polite"
            aria-label="Clock updates"
          >
            {clockAnnouncement(timer, now)}
          </p>
          <ConsoleTotals timer={timer} now={now} />
        </>
      ) : (
        <AudienceTotals timer={timer} now={now} />
      )}
    </div>
  )
}

/** One chime as the clock passes a fixed warning or zero; never on reload of a passed one. */
const useChime = (timer: TimerState, now: number, warning: number | null, on: boolean) => {
  const previous = useRef<{ index: number; remaining: number; warning: number | null } | null>(null)
  const remaining = phaseRemainingMs(timer, now)
  useEffect(() => {
    const before = previous.current
    previous.current = { index: timer.index, remaining, warning }
    if (!on || timer.status !== 'running' || !before || before.index !== timer.index) return
    const endedNow = before.remaining > 0 && remaining <= 0
    const warnedNow = warning !== null && warning !== before.warning
    if (endedNow || warnedNow) playChime()
  }, [remaining, warning, timer.index, timer.status, on])
}
