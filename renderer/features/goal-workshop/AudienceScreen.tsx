import type { WorkshopFile } from '../../../shared/workshop/workshop'
import { goalActivities, participantName } from '../../../shared/workshop/board-rules'
import { useNow, useWorkshop } from './useWorkshop'
import { ClockFace, SessionTotals } from './ClockFace'
import { ActivityColumns } from './board/ActivityColumns'
import { RoundRobinStrip } from './board/RoundRobinStrip'
import { KIND_LABELS } from './labels'
import { AudienceComms } from '../comms/AudienceComms'
import { AudienceMeeting } from '../meeting/AudienceMeeting'

/** What the room sees on the projector: read-only, large, and never the facilitator's controls. */
export const AudienceScreen = ({
  clientId,
  workshopId,
}: {
  clientId: string
  workshopId: string
}) => {
  const { state } = useWorkshop(clientId, workshopId)
  if (state.status !== 'ready')
    return (
      <main
        className="audience"
        aria-label="Audience view"
        aria-busy={state.status === 'loading'}
      />
    )
  const { workshop } = state.view
  if (workshop.audienceBlanked) {
    return <main className="audience audience-blank" aria-label="Audience view (blank)" />
  }
  return <AudienceBoard workshop={workshop} />
}

const AudienceBoard = ({ workshop }: { workshop: WorkshopFile }) => {
  const { timer } = workshop
  const now = useNow(timer.status === 'running', 250)
  const phase = timer.phases[timer.index]!
  const focus = Math.min(timer.index, 4)
  return (
    <main className="audience" aria-label="Audience view">
      <header className="audience-head">
        <div className="audience-phase">
          <p className="audience-step">
            {workshop.title} · Phase {timer.index + 1} of {timer.phases.length}
            {timer.status === 'paused' && ' · Paused'}
            {timer.status === 'finished' && ' · Finished'}
          </p>
          <h1>{phase.name}</h1>
          <p className="audience-prompt">{phase.prompt}</p>
        </div>
        <div className="audience-clock">
          <ClockFace timer={timer} now={now} size="audience" />
          <SessionTotals timer={timer} now={now} />
        </div>
      </header>
      <section className="audience-body" aria-label="Board">
        {workshop.kind === 'actions' ? (
          <AudienceMeeting workshop={workshop} />
        ) : workshop.kind === 'comms' && workshop.agreementId ? (
          <AudienceComms
            clientId={workshop.clientId}
            agreementId={workshop.agreementId}
            phaseIndex={timer.index}
          />
        ) : (
          <GoalBody workshop={workshop} focus={focus} />
        )}
      </section>
    </main>
  )
}

const GoalBody = ({ workshop, focus }: { workshop: WorkshopFile; focus: number }) => {
  const { board, participants } = workshop
  return (
    <>
      {focus <= 1 && (
        <>
          <RoundRobinStrip participants={participants} board={board} />
          <ActivityColumns board={board} participants={participants} />
        </>
      )}
      {focus === 2 && <AudienceGoals workshop={workshop} />}
      {focus === 3 && <AudienceOwners workshop={workshop} />}
      {focus === 4 && <AudienceReview workshop={workshop} />}
    </>
  )
}

const AudienceGoals = ({ workshop: { board } }: { workshop: WorkshopFile }) => (
  <ol className="audience-goals">
    {board.goals.length === 0 && <li className="muted">No goals yet</li>}
    {board.goals.map((g) => (
      <li key={g.id}>
        <h2>
          {g.title || 'Untitled goal'} {g.confirmed && <span aria-label="confirmed">✓</span>}
        </h2>
        {g.criteria && <p className="criteria">Met when: {g.criteria}</p>}
        <p className="goal-acts">
          {goalActivities(g, board)
            .map((a) => `${KIND_LABELS[a.kind]}: ${a.text}`)
            .join(' · ') || 'No activities chosen yet'}
        </p>
      </li>
    ))}
  </ol>
)

const AudienceOwners = ({ workshop: { board, participants } }: { workshop: WorkshopFile }) => (
  <ul className="audience-owners">
    {board.activities.map((a) => (
      <li key={a.id}>
        <span className="what">{a.text}</span>
        <span className="who">{participantName(participants, a.ownerId) ?? 'Owner?'}</span>
        <span className="when">{a.dueDate ?? 'Due?'}</span>
      </li>
    ))}
    <li className="commit-line">
      Committed:{' '}
      {participants
        .filter((p) => board.commitments[p.memberId]?.committed)
        .map((p) => p.name)
        .join(', ') || 'nobody yet'}
    </li>
  </ul>
)

const AudienceReview = ({
  workshop: { board, participants, manager },
}: {
  workshop: WorkshopFile
}) => {
  const supporters = [...participants, ...(manager ? [manager] : [])].filter(
    (p) => board.support[p.memberId]?.supported,
  )
  return (
    <div className="audience-review">
      <p>Review dates: {board.reviewDates.filter(Boolean).join(' · ') || 'not set yet'}</p>
      <p>Supported by: {supporters.map((p) => p.name).join(', ') || 'nobody yet'}</p>
    </div>
  )
}
