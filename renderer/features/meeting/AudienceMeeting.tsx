import type { MeetingBoard } from '../../../shared/meeting/meeting'
import { emptyMeetingBoard } from '../../../shared/meeting/meeting'
import { formatClock } from '../../../shared/workshop/timer'
import type { WorkshopFile } from '../../../shared/workshop/workshop'
import { Paged } from '../audience/BoardPages'
import { useNow } from '../session/useNow'
import { planOf } from './MeetingPanels'
import { spokenMs, STATEMENT_PHASE, turnBudgetMs } from './speaker'

/** The projector during an action-plan meeting: the step's content, large, nothing to click. */
export const AudienceMeeting = ({ workshop }: { workshop: WorkshopFile }) => {
  const meeting = workshop.meeting ?? emptyMeetingBoard()
  const focus = Math.min(workshop.timer.index, 4)
  return (
    <div className="audience-meeting">
      {focus === 0 && (
        <div className="audience-topic">
          <h2>{meeting.topic || 'Topic to be agreed'}</h2>
          <p>{meeting.endGoal ? `End goal: ${meeting.endGoal}` : 'End goal to be agreed'}</p>
        </div>
      )}
      {focus === 1 && <Ideas meeting={meeting} />}
      {focus === 2 && <Drafting workshop={workshop} meeting={meeting} />}
      {focus === STATEMENT_PHASE && <Speaker workshop={workshop} meeting={meeting} />}
      {focus === 4 && <PlansTable workshop={workshop} meeting={meeting} />}
    </div>
  )
}

const Ideas = ({ meeting }: { meeting: MeetingBoard }) => {
  if (meeting.ideas.length === 0) return <p className="muted">No ideas yet</p>
  return (
    <Paged
      id="ideas"
      items={meeting.ideas.map((i) => (
        <li key={i.id} data-page-item>
          {i.text}
        </li>
      ))}
      content={meeting.ideas}
      render={(visible) => <ol className="audience-ideas">{visible}</ol>}
    />
  )
}

const Drafting = ({ workshop, meeting }: { workshop: WorkshopFile; meeting: MeetingBoard }) => (
  <Paged
    id="drafting"
    axis="y"
    items={workshop.participants.map((p) => (
      <li key={p.memberId} data-page-item>
        {p.name} {planOf(meeting, p.memberId).plan ? '✓ drafted' : '…'}
      </li>
    ))}
    content={meeting.plans}
    render={(visible) => (
      <>
        <p className="audience-drafting">Drafting, each on their own:</p>
        <ul className="audience-drafters">{visible}</ul>
      </>
    )}
  />
)

const Speaker = ({ workshop, meeting }: { workshop: WorkshopFile; meeting: MeetingBoard }) => {
  const { participants, timer } = workshop
  const now = useNow(meeting.speaker !== null, 250)
  const speaker = participants.find((p) => p.memberId === meeting.speaker?.memberId)
  const stated = participants.filter((p) => planOf(meeting, p.memberId).statedAt)
  return (
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
        Stated: {stated.length} of {participants.length}
      </p>
    </div>
  )
}

export const PlansTable = ({
  workshop,
  meeting,
}: {
  workshop: WorkshopFile
  meeting: MeetingBoard
}) => {
  const rows = workshop.participants.map((p) => {
    const plan = planOf(meeting, p.memberId)
    return (
      <tr key={p.memberId} data-page-item>
        <th scope="row">{p.name}</th>
        <td>
          {plan.plan || '—'}
          {plan.commitment && ` · ${plan.commitment}`}
        </td>
        <td>{plan.dueDate ?? '—'}</td>
      </tr>
    )
  })
  return (
    <Paged
      id="plans"
      items={rows}
      content={meeting}
      render={(visible) => (
        <>
          {meeting.nextMeeting && (
            <p className="audience-next">Next meeting: {meeting.nextMeeting}</p>
          )}
          <table className="audience-table" aria-label="Plans for follow-up">
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Plan and commitment</th>
                <th scope="col">By</th>
              </tr>
            </thead>
            <tbody>{visible}</tbody>
          </table>
        </>
      )}
    />
  )
}
