import { newId } from '../../../../shared/library/fields'
import { boardNotes, goalWarnings } from '../../../../shared/workshop/board-rules'
import type { BoardAction } from '../../../../shared/workshop/board-actions'
import type { Board, Goal, SessionScope } from '../../../../shared/workshop/workshop'
import { DateField } from '../../../components/DateField'
import { KIND_LABELS, TAG_LABELS } from '../labels'

interface Props {
  board: Board
  scope: SessionScope
  /** Applies an action, or answers why it is refused. */
  tryApply: (action: BoardAction) => string | null
  onRemoved?: (goal: Goal) => void
}

export const GoalsPanel = ({ board, scope, tryApply, onRemoved }: Props) => {
  const apply = (action: BoardAction) => tryApply(action) === null
  const add = () =>
    apply({
      type: 'goal/add',
      goal: {
        id: newId(),
        title: '',
        criteria: '',
        begins: null,
        ends: null,
        activityIds: [],
        confirmed: false,
      },
    })
  return (
    <section aria-label="Goals" className="goals-panel">
      {boardNotes(board).map((note) => (
        <p key={note} className="notice notice-warning">
          {note}
        </p>
      ))}
      {board.goals.length === 0 && (
        <p className="hint">
          Shape one to three goals the team can reach. Each goal is built from activities on the
          board and says how the team will know it is met.
        </p>
      )}
      {board.goals.map((goal, i) => (
        <GoalEditor
          key={goal.id}
          goal={goal}
          index={i}
          count={board.goals.length}
          board={board}
          scope={scope}
          tryApply={tryApply}
          onRemoved={onRemoved}
        />
      ))}
      <button type="button" onClick={add}>
        Add a goal
      </button>
    </section>
  )
}

const GoalEditor = ({
  goal,
  index,
  count,
  board,
  scope,
  tryApply,
  onRemoved,
}: Props & { goal: Goal; index: number; count: number }) => {
  const n = index + 1
  const apply = (action: BoardAction) => tryApply(action) === null
  const patch = (p: Partial<Omit<Goal, 'id' | 'confirmed'>>) =>
    tryApply({ type: 'goal/update', id: goal.id, patch: p })
  const warnings = goalWarnings(goal, board, scope)
  return (
    <article
      className={`card goal ${goal.confirmed ? 'goal-confirmed' : ''}`}
      aria-label={`Goal ${n}`}
      data-spotlight={`goal:${goal.id}`}
    >
      <div className="row spread">
        <h3>
          Goal {n}{' '}
          {goal.confirmed ? (
            <span className="badge">Confirmed</span>
          ) : (
            <span className="badge">Draft</span>
          )}
        </h3>
        <div className="row">
          <button
            type="button"
            aria-label={`Move goal ${n} up`}
            disabled={index === 0}
            onClick={() => apply({ type: 'goal/move', id: goal.id, by: -1 })}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label={`Move goal ${n} down`}
            disabled={index === count - 1}
            onClick={() => apply({ type: 'goal/move', id: goal.id, by: 1 })}
          >
            ↓
          </button>
          <button
            type="button"
            aria-label={`Remove goal ${n}`}
            onClick={() => apply({ type: 'goal/remove', id: goal.id }) && onRemoved?.(goal)}
          >
            Remove
          </button>
        </div>
      </div>
      <div className="row wrap">
        <label className="grow">
          Goal {n} title
          <input
            value={goal.title}
            maxLength={200}
            onChange={(e) => patch({ title: e.target.value })}
          />
        </label>
        <DateField
          label={`Goal ${n} begins`}
          value={goal.begins}
          onCommit={(begins) => patch({ begins })}
        />
        <DateField
          label={`Goal ${n} ends`}
          value={goal.ends}
          onCommit={(ends) => patch({ ends })}
        />
      </div>
      <label className="block">
        Goal {n} criteria — how the team will know it is met
        <textarea
          rows={2}
          value={goal.criteria}
          maxLength={5000}
          onChange={(e) => patch({ criteria: e.target.value })}
        />
      </label>
      <fieldset>
        <legend>Activities that build goal {n}</legend>
        {board.activities.length === 0 && (
          <p className="hint">Add activities first: a goal is made of them.</p>
        )}
        <ul className="goal-activities">
          {board.activities.map((a) => (
            <li key={a.id}>
              <label className="inline">
                <input
                  type="checkbox"
                  checked={goal.activityIds.includes(a.id)}
                  onChange={() =>
                    apply({ type: 'goal/toggleActivity', id: goal.id, activityId: a.id })
                  }
                />
                <span>
                  {a.text}{' '}
                  <span className="hint">
                    ({KIND_LABELS[a.kind]}, {TAG_LABELS[a.tag]})
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {warnings.map((w) => (
        <p key={w} className="notice notice-warning">
          {w}
        </p>
      ))}
      <button
        type="button"
        className={goal.confirmed ? '' : 'primary'}
        onClick={() => apply({ type: 'goal/confirm', id: goal.id, confirmed: !goal.confirmed })}
      >
        {goal.confirmed ? `Reopen goal ${n}` : `Confirm goal ${n}`}
      </button>
    </article>
  )
}
