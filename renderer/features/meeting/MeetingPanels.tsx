import { useState } from 'react'
import type { Idea, MeetingBoard, PersonalPlan } from '../../../shared/meeting/meeting'
import { emptyPersonalPlan } from '../../../shared/meeting/meeting'
import { newId } from '../../../shared/library/fields'
import type { Participant } from '../../../shared/workshop/workshop'

type Update = (change: (m: MeetingBoard) => MeetingBoard) => void

export const planOf = (m: MeetingBoard, memberId: string): PersonalPlan =>
  m.plans[memberId] ?? emptyPersonalPlan()

export const setPlan = (m: MeetingBoard, memberId: string, change: Partial<PersonalPlan>) => ({
  ...m,
  plans: { ...m.plans, [memberId]: { ...planOf(m, memberId), ...change } },
})

/** Step one: the topic, the end goal, and the plan agreed beforehand for reference. */
export const TopicPanel = ({ meeting, update }: { meeting: MeetingBoard; update: Update }) => (
  <section className="card" aria-labelledby="topic-title">
    <h3 id="topic-title">Topic and end goal</h3>
    <label className="block">
      Topic
      <input
        value={meeting.topic}
        maxLength={200}
        onChange={(e) => update((m) => ({ ...m, topic: e.target.value }))}
      />
    </label>
    <label className="block">
      End goal: what is true when this meeting is over
      <textarea
        rows={2}
        maxLength={5000}
        value={meeting.endGoal}
        onChange={(e) => update((m) => ({ ...m, endGoal: e.target.value }))}
      />
    </label>
    {(meeting.plan.what || meeting.plan.who || meeting.plan.how) && (
      <dl className="meeting-plan">
        <dt>What</dt>
        <dd>{meeting.plan.what || '—'}</dd>
        <dt>Who</dt>
        <dd>{meeting.plan.who || '—'}</dd>
        <dt>How</dt>
        <dd>{meeting.plan.how || '—'}</dd>
      </dl>
    )}
  </section>
)

/** Step two: every idea on the board, with who brought it. */
export const IdeasPanel = ({
  meeting,
  update,
  participants,
  spotlightId = null,
}: {
  meeting: MeetingBoard
  update: Update
  participants: readonly Participant[]
  /** The idea the projector enlarges. */
  spotlightId?: string | null
}) => {
  const [text, setText] = useState('')
  const [by, setBy] = useState('')
  const add = (e: React.FormEvent) => {
    e.preventDefault()
    if (!text.trim()) return
    const idea: Idea = { id: newId(), text: text.trim(), by: by || null }
    update((m) => ({ ...m, ideas: [...m.ideas, idea] }))
    setText('')
  }
  const name = (id: string | null) => participants.find((p) => p.memberId === id)?.name
  return (
    <section className="card" aria-labelledby="ideas-title">
      <h3 id="ideas-title">Ideas ({meeting.ideas.length})</h3>
      <form className="row wrap" onSubmit={add} aria-label="Add an idea">
        <label className="grow">
          Idea
          <input value={text} maxLength={5000} onChange={(e) => setText(e.target.value)} />
        </label>
        <label>
          From
          <select value={by} onChange={(e) => setBy(e.target.value)}>
            <option value="">The room</option>
            {participants.map((p) => (
              <option key={p.memberId} value={p.memberId}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Add idea</button>
      </form>
      <ol className="idea-list">
        {meeting.ideas.map((idea) => (
          <li
            key={idea.id}
            data-spotlight={`idea:${idea.id}`}
            className={idea.id === spotlightId ? 'spotlit' : undefined}
          >
            {idea.text} {idea.by && <span className="hint">— {name(idea.by)}</span>}{' '}
            {idea.id === spotlightId && <span className="badge">In the spotlight</span>}{' '}
            <button
              type="button"
              className="ghost"
              aria-label={`Remove idea “${idea.text.slice(0, 40)}”`}
              onClick={() =>
                update((m) => ({ ...m, ideas: m.ideas.filter((i) => i.id !== idea.id) }))
              }
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
    </section>
  )
}

/** Step three: each person's draft plan, commitment and date, typed as they say it. */
export const DraftPanel = ({
  meeting,
  update,
  participants,
}: {
  meeting: MeetingBoard
  update: Update
  participants: readonly Participant[]
}) => (
  <section className="card" aria-labelledby="drafts-title">
    <h3 id="drafts-title">Each person’s plan</h3>
    <div className="plan-grid">
      {participants.map((p) => {
        const plan = planOf(meeting, p.memberId)
        const set = (change: Partial<PersonalPlan>) => update((m) => setPlan(m, p.memberId, change))
        return (
          <fieldset key={p.memberId} className="plan-card" aria-label={p.name}>
            <h4>{p.name}</h4>
            <label className="block">
              {p.name}’s plan
              <textarea
                rows={2}
                maxLength={5000}
                value={plan.plan}
                onChange={(e) => set({ plan: e.target.value })}
              />
            </label>
            <label className="block">
              {p.name}’s commitment
              <input
                maxLength={5000}
                value={plan.commitment}
                onChange={(e) => set({ commitment: e.target.value })}
              />
            </label>
            <label>
              {p.name}’s date
              <input
                type="date"
                value={plan.dueDate ?? ''}
                onChange={(e) => set({ dueDate: e.target.value || null })}
              />
            </label>
          </fieldset>
        )
      })}
    </div>
  </section>
)

/** Step five: when the plans are looked at again, and anything to remember. */
export const FollowUpPanel = ({
  meeting,
  update,
  participants,
}: {
  meeting: MeetingBoard
  update: Update
  participants: readonly Participant[]
}) => (
  <section className="card" aria-labelledby="followup-title">
    <h3 id="followup-title">Noted for follow-up</h3>
    <table className="summary-table">
      <thead>
        <tr>
          <th scope="col">Person</th>
          <th scope="col">Plan</th>
          <th scope="col">Commitment</th>
          <th scope="col">By</th>
        </tr>
      </thead>
      <tbody>
        {participants.map((p) => {
          const plan = planOf(meeting, p.memberId)
          return (
            <tr key={p.memberId}>
              <th scope="row">{p.name}</th>
              <td>{plan.plan || '—'}</td>
              <td>{plan.commitment || '—'}</td>
              <td>{plan.dueDate ?? '—'}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
    <div className="row wrap">
      <label>
        Next meeting
        <input
          type="date"
          value={meeting.nextMeeting ?? ''}
          onChange={(e) => update((m) => ({ ...m, nextMeeting: e.target.value || null }))}
        />
      </label>
      <label className="grow">
        Notes
        <input
          maxLength={5000}
          value={meeting.notes}
          onChange={(e) => update((m) => ({ ...m, notes: e.target.value }))}
        />
      </label>
    </div>
  </section>
)
