import { isOpen, overdue } from '../../../shared/followup/rollup'
import { dueReviews, reviewCalendar } from '../../../shared/followup/reviews'
import { hrefFor } from '../../lib/router'
import { localToday, useFollowUp } from './useFollowUp'
import { dateOnly, formatDate } from '../../lib/formats'

const when = dateOnly

/** On the client page: the action-plan meetings, and in one line what follow-up needs. */
export const FollowUpCard = ({ clientId, canStart }: { clientId: string; canStart: boolean }) => {
  const followUp = useFollowUp(clientId)
  const data = followUp.status === 'ready' ? followUp.value : null
  const today = localToday()
  const meetings = data?.sessions.filter((s) => s.kind === 'actions').reverse() ?? []
  const open = data?.states.filter((s) => isOpen(s.status)).length ?? 0
  const late = data ? overdue(data.states, today).length : 0
  const due = data ? dueReviews(reviewCalendar(data.sessions, data.tracker), today).length : 0
  return (
    <section className="card" aria-labelledby="followup-card-title">
      <div className="row spread">
        <h2 id="followup-card-title">Action plans and follow-up</h2>
        <div className="row">
          {canStart && (
            <a className="button" href={hrefFor({ screen: 'meeting-new', clientId })}>
              New action-plan meeting
            </a>
          )}
          <a className="button primary" href={hrefFor({ screen: 'followup', clientId, tab: null })}>
            Open follow-up
          </a>
        </div>
      </div>
      {data && (
        <p className="followup-line">
          <strong>{open}</strong> open · <strong>{late}</strong> overdue · <strong>{due}</strong>{' '}
          {due === 1 ? 'review due' : 'reviews due'}
        </p>
      )}
      {meetings.length > 0 && (
        <ul className="workshop-list" aria-label="Action-plan meetings">
          {meetings.map((m) => (
            <li key={m.id}>
              <a href={hrefFor({ screen: 'workshop', clientId, workshopId: m.id })}>{m.title}</a>{' '}
              <span className="hint">
                {when.format(new Date(m.createdAt))}
                {m.meeting?.topic ? ` · ${m.meeting.topic}` : ''}
                {m.meeting?.nextMeeting ? ` · next ${formatDate(m.meeting.nextMeeting)}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
