import type { MeetingBoard } from '../../../shared/meeting/meeting'
import type { TimerState } from '../../../shared/workshop/timer'
import { formatClock } from '../../../shared/workshop/timer'
import type { Participant } from '../../../shared/workshop/workshop'
import { sessionNow } from '../session/session-clock'
import { useNow } from '../session/useNow'
import { planOf, setPlan } from './MeetingPanels'
import { finishTurn, giveFloor, spokenMs, turnBudgetMs } from './speaker'

type Update = (change: (m: MeetingBoard) => MeetingBoard) => void

/** Step four: one person at a time states plan and commitment, on their own clock. */
export const SpeakerPanel = ({
  meeting,
  update,
  participants,
  timer,
}: {
  meeting: MeetingBoard
  update: Update
  participants: readonly Participant[]
  timer: TimerState
}) => {
  const now = useNow(meeting.speaker !== null, 250)
  const budget = turnBudgetMs(timer, participants.length)
  const speaker = participants.find((p) => p.memberId === meeting.speaker?.memberId)
  const statedCount = participants.filter((p) => planOf(meeting, p.memberId).statedAt).length
  return (
    <section className="card" aria-labelledby="round-title">
      <h3 id="round-title">
        Plans and commitments · {statedCount} of {participants.length} stated
      </h3>
      {speaker ? (
        <SpeakerCard
          speaker={speaker}
          meeting={meeting}
          update={update}
          spoken={spokenMs(meeting, speaker.memberId, now)}
          budget={budget}
          onDone={() =>
            update((m) => finishTurn(m, participants, sessionNow(), new Date().toISOString()))
          }
        />
      ) : (
        <p className="hint">
          Give the floor to the first person; each has about {formatClock(budget)}.
        </p>
      )}
      <ol className="speaker-queue">
        {participants.map((p) => {
          const plan = planOf(meeting, p.memberId)
          const current = p.memberId === speaker?.memberId
          return (
            <li key={p.memberId} className={current ? 'speaking' : undefined}>
              <span className="who">
                {p.name} {plan.statedAt && <span aria-label="stated">✓</span>}
              </span>
              <span className="hint">{formatClock(spokenMs(meeting, p.memberId, now))}</span>
              {!current && (
                <button
                  type="button"
                  onClick={() => update((m) => giveFloor(m, p.memberId, sessionNow()))}
                >
                  Give the floor to {p.name}
                </button>
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}

const SpeakerCard = ({
  speaker,
  meeting,
  update,
  spoken,
  budget,
  onDone,
}: {
  speaker: Participant
  meeting: MeetingBoard
  update: Update
  spoken: number
  budget: number
  onDone: () => void
}) => {
  const plan = planOf(meeting, speaker.memberId)
  const over = spoken > budget
  return (
    <div className="speaker-card" aria-label={`${speaker.name} has the floor`} role="group">
      <p className="speaker-name">
        <strong>{speaker.name}</strong> has the floor
      </p>
      <p
        className={`speaker-clock${over ? ' tone-overrun' : ''}`}
        role="timer"
        aria-label="Speaking time"
      >
        {formatClock(spoken)} <span className="hint">of {formatClock(budget)}</span>
      </p>
      <label className="block">
        {speaker.name}’s plan
        <textarea
          rows={2}
          maxLength={5000}
          value={plan.plan}
          onChange={(e) => update((m) => setPlan(m, speaker.memberId, { plan: e.target.value }))}
        />
      </label>
      <label className="block">
        {speaker.name}’s commitment
        <input
          maxLength={5000}
          value={plan.commitment}
          onChange={(e) =>
            update((m) => setPlan(m, speaker.memberId, { commitment: e.target.value }))
          }
        />
      </label>
      <button type="button" className="primary" onClick={onDone}>
        {speaker.name} has stated their plan
      </button>
    </div>
  )
}
