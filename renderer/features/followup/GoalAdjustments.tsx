import { useState } from 'react'
import { adjustmentHistory, currentValue } from '../../../shared/followup/adjustments'
import type { Adjustment, AdjustmentField } from '../../../shared/followup/tracker'
import type { AppError } from '../../../shared/api/result'
import type { Board, Goal, WorkshopFile } from '../../../shared/workshop/workshop'
import { ErrorNotice } from '../../components/ErrorNotice'
import { api } from '../../lib/api'
import { dateOnly } from '../../lib/formats'

interface Person {
  memberId: string
  name: string
}

const FIELD_LABELS: Record<AdjustmentField, string> = {
  'goal-title': 'Goal title',
  'goal-criteria': 'How we know it is met',
  'goal-ends': 'Goal end date',
  'activity-text': 'Activity wording',
  'activity-owner': 'Activity owner',
  'activity-due': 'Activity due date',
}

const when = dateOnly

/** Each goal as it stands after earlier adjustments, a form to change it, and its history. */
export const GoalAdjustments = ({
  clientId,
  workshop,
  board,
  adjustments,
  reviewId,
  people,
  readOnly,
}: {
  clientId: string
  workshop: WorkshopFile
  board: Board
  adjustments: Adjustment[]
  reviewId: string | null
  people: Person[]
  readOnly: boolean
}) => (
  <section className="card" aria-labelledby="adjust-title">
    <h3 id="adjust-title">Goals and adjustments</h3>
    {board.goals.length === 0 && <p className="hint">This workshop set no goals.</p>}
    {board.goals.map((goal, i) => (
      <GoalCard
        key={goal.id}
        index={i}
        clientId={clientId}
        workshop={workshop}
        board={board}
        goal={goal}
        adjustments={adjustments}
        reviewId={reviewId}
        people={people}
        readOnly={readOnly}
      />
    ))}
  </section>
)

const GoalCard = ({
  index,
  clientId,
  workshop,
  board,
  goal,
  adjustments,
  reviewId,
  people,
  readOnly,
}: {
  index: number
  clientId: string
  workshop: WorkshopFile
  board: Board
  goal: Goal
  adjustments: Adjustment[]
  reviewId: string | null
  people: Person[]
  readOnly: boolean
}) => {
  const activities = board.activities.filter((a) => goal.activityIds.includes(a.id))
  const targets = new Set([goal.id, ...activities.map((a) => a.id)])
  const history = adjustmentHistory(adjustments, workshop.id).filter((a) => targets.has(a.targetId))
  const name = (id: string | null) => people.find((p) => p.memberId === id)?.name ?? 'nobody'
  const show = (a: Adjustment, v: string | null) =>
    a.field === 'activity-owner' ? name(v) : (v ?? 'none')
  const label = `Goal ${index + 1}`
  return (
    <article className="goal-review" aria-label={label}>
      <h4>
        {label}: {goal.title || 'Untitled goal'}
      </h4>
      {goal.criteria && <p>Met when: {goal.criteria}</p>}
      <p className="hint">Ends: {goal.ends ?? 'no end date'}</p>
      <ul>
        {activities.map((a) => (
          <li key={a.id}>
            {a.text}{' '}
            <span className="hint">
              · {name(a.ownerId)} · {a.dueDate ?? 'no date'}
            </span>
          </li>
        ))}
      </ul>
      {!readOnly && (
        <AdjustForm
          clientId={clientId}
          workshopId={workshop.id}
          reviewId={reviewId}
          board={board}
          goal={goal}
          label={label}
          people={people}
        />
      )}
      <h5>History of {label.toLowerCase()}</h5>
      {history.length === 0 ? (
        <p className="hint">Not adjusted since the workshop.</p>
      ) : (
        <ol className="adjustment-history" aria-label={`History of ${label.toLowerCase()}`}>
          {history.map((a) => (
            <li key={a.id}>
              <strong>{when.format(new Date(a.at))}</strong> · {FIELD_LABELS[a.field]}: “
              {show(a, a.before)}” → “{show(a, a.after)}”. Why: {a.reason}. Agreed by{' '}
              {a.agreedBy.map(name).join(', ')}.
            </li>
          ))}
        </ol>
      )}
    </article>
  )
}

const AdjustForm = ({
  clientId,
  workshopId,
  reviewId,
  board,
  goal,
  label,
  people,
}: {
  clientId: string
  workshopId: string
  reviewId: string | null
  board: Board
  goal: Goal
  label: string
  people: Person[]
}) => {
  const activities = board.activities.filter((a) => goal.activityIds.includes(a.id))
  const options: { value: string; text: string }[] = [
    ...(['goal-title', 'goal-criteria', 'goal-ends'] as const).map((f) => ({
      value: `${f}|${goal.id}`,
      text: FIELD_LABELS[f],
    })),
    ...activities.flatMap((a) =>
      (['activity-text', 'activity-owner', 'activity-due'] as const).map((f) => ({
        value: `${f}|${a.id}`,
        text: `${FIELD_LABELS[f]} — ${a.text.slice(0, 40)}`,
      })),
    ),
  ]
  const [choice, setChoice] = useState(options[0]!.value)
  const [field, targetId] = choice.split('|') as [AdjustmentField, string]
  const [value, setValue] = useState(() => currentValue(board, field, targetId) ?? '')
  const [reason, setReason] = useState('')
  const [agreed, setAgreed] = useState<Set<string>>(new Set())
  const [error, setError] = useState<AppError | null>(null)
  const choose = (next: string) => {
    setChoice(next)
    const [f, t] = next.split('|') as [AdjustmentField, string]
    setValue(currentValue(board, f, t) ?? '')
  }
  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    const r = await api.call('followup:adjust', {
      clientId,
      workshopId,
      reviewId,
      field,
      targetId,
      after: value.trim() === '' ? null : value.trim(),
      reason,
      agreedBy: [...agreed],
    })
    setError(r.ok ? null : r.error)
    if (r.ok) {
      setReason('')
      setAgreed(new Set())
    }
  }
  const isDate = field === 'goal-ends' || field === 'activity-due'
  return (
    <form className="adjust-form" onSubmit={submit} aria-label={`Adjust ${label.toLowerCase()}`}>
      <div className="row wrap">
        <label>
          What changes
          <select value={choice} onChange={(e) => choose(e.target.value)}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.text}
              </option>
            ))}
          </select>
        </label>
        {field === 'activity-owner' ? (
          <label>
            New owner
            <select value={value} onChange={(e) => setValue(e.target.value)}>
              <option value="">Nobody</option>
              {people.map((p) => (
                <option key={p.memberId} value={p.memberId}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <label className="grow">
            New value
            <input
              type={isDate ? 'date' : 'text'}
              maxLength={5000}
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          </label>
        )}
      </div>
      <label className="block">
        Why it changes
        <textarea
          rows={2}
          maxLength={5000}
          required
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      <fieldset>
        <legend>Agreed by</legend>
        <div className="participant-grid">
          {people.map((p) => (
            <label key={p.memberId} className="inline">
              <input
                type="checkbox"
                checked={agreed.has(p.memberId)}
                onChange={(e) =>
                  setAgreed((a) => {
                    const next = new Set(a)
                    if (e.target.checked) next.add(p.memberId)
                    else next.delete(p.memberId)
                    return next
                  })
                }
              />
              {p.name}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" disabled={agreed.size === 0 || reason.trim() === ''}>
        Record the adjustment
      </button>
      {error && <ErrorNotice error={error} title="The adjustment was not recorded." />}
    </form>
  )
}
