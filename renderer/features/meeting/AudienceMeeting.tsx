import type { WorkshopFile } from '../../../shared/workshop/workshop'
import { formatClock } from '../../../shared/workshop/timer'
import { emptyMeetingBoard } from '../../../shared/meeting/meeting'
import { useNow } from '../goal-workshop/useWorkshop'
import { EndedEarly } from './EndedEarly'
import { planOf } from './MeetingPanels'
import { spokenMs, STATEMENT_PHASE, turnBudgetMs } from './speaker'

/** The projector during an action-plan meeting: the step's content, large, nothing to click. */
export const AudienceMeeting = ({ workshop }: { workshop: WorkshopFile }) => {
  const meeting = workshop.meeting ?? emptyMeetingBoard()
  const { timer, participants } = workshop
  const now = useNow(meeting.speaker !== null || timer.status === 'finished', 250)
  const focus = Math.min(timer.index, 4)
  const speaker = participants.find((p) => p.memberId === meeting.speaker?.memberId)
  if (timer.status === 'finished')
    return (
      <div className="audience-meeting">
        <EndedEarly timer={timer} now={now} large />
        <PlansTable workshop={workshop} />
      </div>
    )
  return (
    <div className="audience-meeting">
      {focus === 0 && (
        <div className="audience-topic">
          <h2>{meeting.topic || 'Topic to be agreed'}</h2>
          <p>{meeting.endGoal ? `End goal: ${meeting.endGoal}` : 'End goal to be agreed'}</p>
        </div>
      )}
      {focus === 1 && (
        <ol className="audience-ideas">
          {meeting.ideas.length === 0 && <li className="muted">No ideas yet</li>}
          {meeting.ideas.map((i) => (
            <li key={i.id}>{i.text}</li>
          ))}
        </ol>
      )}
      {focus === 2 && (
        <p className="audience-drafting">
          Drafting:{' '}
          {participants
            .map((p) => `${p.name}${planOf(meeting, p.memberId).plan ? ' ✓' : ''}`)
            .join(' · ')}
        </p>
      )}
      {focus === STATEMENT_PHASE && (
        <div className="audience-speaker">
          {speaker ? (
            <>
              <h2>{speaker.name}</h2>
              <p className="speaker-clock-large" role="timer" aria-label="Speaking time">
                {formatClock(spokenMs(meeting, speaker.memberId, now))}
                <span> of {formatClock(turnBudgetMs(timer, participants.length))}</span>
              </p>
            </>
          ) : (
            <h2>Who goes first?</h2>
          )}
          <p className="audience-stated">
            Stated:{' '}
            {participants
              .filter((p) => planOf(meeting, p.memberId).statedAt)
              .map((p) => p.name)
              .join(', ') || 'nobody yet'}
          </p>
        </div>
      )}
      {focus === 4 && <PlansTable workshop={workshop} />}
    </div>
  )
}

const PlansTable = ({ workshop }: { workshop: WorkshopFile }) => {
  const meeting = workshop.meeting ?? emptyMeetingBoard()
  return (
    <>
      <table className="audience-table" aria-label="Plans for follow-up">
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Plan and commitment</th>
            <th scope="col">By</th>
          </tr>
        </thead>
        <tbody>
          {workshop.participants.map((p) => {
            const plan = planOf(meeting, p.memberId)
            return (
              <tr key={p.memberId}>
                <th scope="row">{p.name}</th>
                <td>
                  {plan.plan || '—'}
                  {plan.commitment && ` · ${plan.commitment}`}
                </td>
                <td>{plan.dueDate ?? '—'}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {meeting.nextMeeting && <p className="audience-next">Next meeting: {meeting.nextMeeting}</p>}
    </>
  )
}
