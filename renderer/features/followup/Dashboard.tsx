import { lazy, Suspense, useMemo } from 'react'
import { alignmentTrend } from '../../../shared/followup/alignment'
import { trackedItems } from '../../../shared/followup/items'
import type { ItemState } from '../../../shared/followup/rollup'
import { completionOverTime, overdue, statusCounts } from '../../../shared/followup/rollup'
import { dueReviews, reviewCalendar, upcoming } from '../../../shared/followup/reviews'
import type { ChartPoint } from './Charts'
import { daysBetween, formatDay, formatShortDay } from './dates'
import { STATUS_LABELS } from './ItemStatusList'
import { UpcomingList } from './UpcomingList'
import type { FollowUp } from './useFollowUp'
import { localToday } from './useFollowUp'
import { dayOf } from '../../lib/formats'

// chart.js is loaded only when the dashboard is shown, not with the rest of the app.
const LineChart = lazy(() => import('./Charts').then((m) => ({ default: m.LineChart })))

const percent = (value: number) => `${Math.round(value)}%`
const score = (value: number) => value.toFixed(1)
const wholeScore = (value: number) => value.toFixed(0)
const localDate = dayOf

/** The state of follow-up at a glance: what is open, what is late, what comes next, the trends. */
export const Dashboard = ({ clientId, followUp }: { clientId: string; followUp: FollowUp }) => {
  const today = localToday()
  const { sessions, tracker, states } = followUp
  const counts = statusCounts(states)
  const late = overdue(states, today)
  const calendar = reviewCalendar(sessions, tracker)
  const completion = useMemo(
    () =>
      completionOverTime(trackedItems(sessions, tracker.adjustments), tracker.updates).map(
        (p): ChartPoint => ({ label: formatShortDay(p.date), value: p.rate * 100 }),
      ),
    [sessions, tracker],
  )
  const alignment = useMemo(
    () =>
      alignmentTrend(tracker).flatMap((c): ChartPoint[] =>
        c.overall === null
          ? []
          : [{ label: `${formatShortDay(localDate(c.at))} ${c.context.kind}`, value: c.overall }],
      ),
    [tracker],
  )
  const figures: [string, number][] = [
    [STATUS_LABELS.open, counts.open],
    [STATUS_LABELS['in-progress'], counts['in-progress']],
    [STATUS_LABELS.done, counts.done],
    [STATUS_LABELS.missed, counts.missed],
    [STATUS_LABELS.dropped, counts.dropped],
    ['Overdue', late.length],
  ]
  return (
    <div className="dashboard">
      <section className="card dashboard-wide" aria-labelledby="figures-title">
        <h2 id="figures-title">Commitments and activities</h2>
        <dl className="figures">
          {figures.map(([label, value]) => (
            <div key={label} className={label === 'Overdue' && value > 0 ? 'figure-late' : ''}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="card" aria-labelledby="coming-up-title">
        <h2 id="coming-up-title">Reviews and meetings coming up</h2>
        <UpcomingList
          clientId={clientId}
          due={dueReviews(calendar, today)}
          coming={upcoming(calendar, today, 60)}
        />
      </section>
      <section className="card" aria-labelledby="overdue-title">
        <h2 id="overdue-title">Overdue commitments</h2>
        <OverdueTable items={late} today={today} />
      </section>
      <section className="card" aria-labelledby="completion-title">
        <h2 id="completion-title">Completion rate over time</h2>
        <Suspense fallback={<p className="hint">Drawing the chart…</p>}>
          <LineChart
            title="Share of commitments and activities done, by date"
            series="Done"
            points={completion}
            min={0}
            max={100}
            step={25}
            format={percent}
            summary={summary('Completion rate', completion, percent)}
            empty="No statuses recorded yet, so no completion rate to show."
          />
        </Suspense>
      </section>
      <section className="card" aria-labelledby="alignment-title">
        <h2 id="alignment-title">Alignment over time</h2>
        <Suspense fallback={<p className="hint">Drawing the chart…</p>}>
          <LineChart
            title="Team alignment by check, from 1 (not at all) to 5 (completely)"
            series="Alignment (1–5)"
            points={alignment}
            min={1}
            max={5}
            step={1}
            format={score}
            tickFormat={wholeScore}
            summary={summary('Team alignment', alignment, (v) => `${score(v)} of 5`)}
            empty="No alignment checks yet. They are asked at goal workshops and reviews."
          />
        </Suspense>
      </section>
    </div>
  )
}

const summary = (what: string, points: ChartPoint[], format: (v: number) => string) => {
  const last = points.at(-1)
  if (!last) return `${what}: no data yet`
  const first = points[0]!
  const since = points.length > 1 ? `, from ${format(first.value)} on ${first.label}` : ''
  return `${what}: ${format(last.value)} on ${last.label}${since}`
}

const OverdueTable = ({ items, today }: { items: ItemState[]; today: string }) => {
  if (items.length === 0) return <p className="hint">Nothing overdue.</p>
  return (
    <div className="table-scroll">
      <table className="overdue-table">
        <thead>
          <tr>
            <th scope="col">Owner</th>
            <th scope="col">Commitment</th>
            <th scope="col">Due</th>
            <th scope="col">Session</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const late = item.dueDate ? daysBetween(item.dueDate, today) : 0
            return (
              <tr key={item.key}>
                <td>{item.ownerName ?? 'No owner'}</td>
                <td>{item.text}</td>
                <td>
                  <span className="nowrap">{item.dueDate && formatDay(item.dueDate)}</span>
                  <span className="hint days-late">
                    {late === 1 ? '1 day late' : `${late} days late`}
                  </span>
                </td>
                <td>{item.sessionTitle}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
