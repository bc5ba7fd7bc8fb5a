import type { TimerState } from '../../../shared/workshop/timer'
import { formatClock } from '../../../shared/workshop/timer'
import {
  checkLimit,
  finishWords,
  formatDuration,
  sessionTotals,
} from '../../../shared/workshop/session-totals'
import { clockTime } from '../../lib/formats'
import { toWallTime } from './session-clock'

/** A session moment as a time of day, in the person's 12- or 24-hour clock. */
export const formatTimeOfDay = (sessionMs: number) => clockTime.format(toWallTime(sessionMs))

const sessionLeft = (leftMs: number) =>
  leftMs >= 0 ? `${formatClock(leftMs)} left` : `${formatClock(leftMs)} over`

/** The room's line under the clock: the honest time left in the session, and the limit. */
export const AudienceTotals = ({ timer, now }: { timer: TimerState; now: number }) => {
  const { leftMs } = sessionTotals(timer, now)
  return (
    <p className="session-totals">
      <span>Session {sessionLeft(leftMs)}</span>
      {timer.noLaterThan && <span> · Ends by {formatTimeOfDay(timer.noLaterThan)}</span>}
    </p>
  )
}

/**
 * The facilitator's figures: time left counting every overrun already spent, the planned end
 * against the projected one, and as soon as the plan no longer fits its "no later than", how many
 * minutes to cut.
 */
export const ConsoleTotals = ({ timer, now }: { timer: TimerState; now: number }) => {
  const totals = sessionTotals(timer, now)
  const limit = checkLimit(timer, now)
  if (timer.status === 'finished')
    return (
      <div className="console-totals">
        <p className="session-totals">
          Finished{timer.finishedAt !== null && <> at {formatTimeOfDay(timer.finishedAt)}</>}:{' '}
          {formatDuration(totals.usedMs)} against {formatDuration(totals.allowedMs)} planned,{' '}
          {finishWords(totals.allowedMs, totals.usedMs)}.
        </p>
      </div>
    )
  return (
    <div className="console-totals">
      <p className="session-totals">
        Session {sessionLeft(totals.leftMs)}
        {totals.plannedEnd !== null && <> · planned end {formatTimeOfDay(totals.plannedEnd)}</>}
        <> · projected {formatTimeOfDay(totals.projectedEnd)}</>
      </p>
      {limit && limit.cutMinutes > 0 && (
        <p className="limit-warning" role="alert">
          Projected to end at {formatTimeOfDay(limit.projectedEnd)}, after{' '}
          {formatTimeOfDay(limit.limit)}: cut {limit.cutMinutes}{' '}
          {limit.cutMinutes === 1 ? 'minute' : 'minutes'} from the phases to come.
        </p>
      )}
    </div>
  )
}
