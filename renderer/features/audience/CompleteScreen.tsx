import { finishWords, formatDuration, sessionTotals } from '../../../shared/workshop/session-totals'
import type { WorkshopFile } from '../../../shared/workshop/workshop'

/**
 * After the finish the room sees a calm close, not a large red overrun: what the session made,
 * and how long it took against the plan, said plainly.
 */
export const CompleteScreen = ({ workshop }: { workshop: WorkshopFile }) => {
  const { timer, board, meeting } = workshop
  const totals = sessionTotals(timer, timer.finishedAt ?? 0)
  const made =
    workshop.kind === 'goals'
      ? `${count(board.goals.length, 'goal')} from ${count(board.activities.length, 'activity', 'activities')}`
      : workshop.kind === 'actions'
        ? `${count(Object.values(meeting?.plans ?? {}).filter((p) => p.plan || p.commitment).length, 'action plan')}${meeting?.nextMeeting ? ` · next meeting ${meeting.nextMeeting}` : ''}`
        : 'Your communication agreement'
  return (
    <main className="audience audience-calm" aria-label="Audience view">
      <div className="calm-body">
        <p className="calm-kicker">Session complete</p>
        <h1>{workshop.title}</h1>
        <p className="calm-made">{made}</p>
        {workshop.kind === 'goals' && board.goals.length > 0 && (
          <ol className="calm-goals">
            {board.goals.slice(0, 3).map((g) => (
              <li key={g.id}>{g.title || 'Untitled goal'}</li>
            ))}
          </ol>
        )}
        {board.goals.length > 3 && (
          <p className="calm-made">
            and {count(board.goals.length - 3, 'more goal')} on the summary
          </p>
        )}
        <p className="calm-note">
          {formatDuration(totals.usedMs)} against {formatDuration(totals.allowedMs)} planned:{' '}
          {finishWords(totals.allowedMs, totals.usedMs)}. Thank you, everyone.
        </p>
      </div>
    </main>
  )
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`
