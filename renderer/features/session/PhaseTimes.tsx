import type { TimerState } from '../../../shared/workshop/timer'
import { finishWords, formatDuration, sessionTotals } from '../../../shared/workshop/session-totals'
import { sessionNow } from './session-clock'
import { formatTimeOfDay } from './SessionTotals'
import { useNow } from './useNow'

const signed = (ms: number) =>
  Math.abs(ms) < 1000 ? '±0 s' : `${ms > 0 ? '+' : '−'}${formatDuration(ms)}`

/** The verdict is against the plan as adjusted in the room, so the adjusted total is said too. */
const adjusted = ({ plannedMs, allowedMs }: { plannedMs: number; allowedMs: number }) =>
  allowedMs === plannedMs
    ? ''
    : ` (${formatDuration(allowedMs)} with the minutes added or taken away)`

/** Each phase planned against used, and how the whole session went: for the summary. */
export const PhaseTimes = ({ timer }: { timer: TimerState }) => {
  const now = timer.finishedAt ?? sessionNow()
  const totals = sessionTotals(timer, now)
  return (
    <section className="card" aria-labelledby="phase-times-title">
      <h2 id="phase-times-title">Time, phase by phase</h2>
      <p>
        {timer.status === 'finished'
          ? `Planned ${formatDuration(totals.plannedMs)}${adjusted(totals)}, took ${formatDuration(totals.usedMs)}: ${finishWords(totals.allowedMs, totals.usedMs)}.`
          : `Planned ${formatDuration(totals.plannedMs)}; ${formatDuration(totals.usedMs)} used so far.`}
        {timer.startedAt !== null && ` Started ${formatTimeOfDay(timer.startedAt)}`}
        {timer.finishedAt !== null && `, finished ${formatTimeOfDay(timer.finishedAt)}.`}
      </p>
      <PhaseTable timer={timer} now={now} />
    </section>
  )
}

/** Planned, adjusted and used time for each phase, and the difference. */
export const PhaseTable = ({ timer, now }: { timer: TimerState; now: number }) => {
  const totals = sessionTotals(timer, now)
  return (
    <table className="summary-table phase-table">
      <thead>
        <tr>
          <th scope="col">Phase</th>
          <th scope="col">Planned</th>
          <th scope="col">Added or taken away</th>
          <th scope="col">Used</th>
          <th scope="col">Against the plan</th>
        </tr>
      </thead>
      <tbody>
        {totals.phases.map((p, i) => (
          <tr key={i}>
            <th scope="row">{p.name}</th>
            <td>{formatDuration(p.plannedMs)}</td>
            <td>{p.allowedMs === p.plannedMs ? '—' : signed(p.allowedMs - p.plannedMs)}</td>
            <td>{formatDuration(p.usedMs)}</td>
            <td>{signed(p.usedMs - p.allowedMs)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** On the console: the same table, kept current while the clock runs. */
export const LivePhaseTimes = ({ timer }: { timer: TimerState }) => {
  const now = useNow(timer.status === 'running', 1000)
  return (
    <details className="phase-times">
      <summary>Time, phase by phase</summary>
      <PhaseTable timer={timer} now={now} />
    </details>
  )
}
