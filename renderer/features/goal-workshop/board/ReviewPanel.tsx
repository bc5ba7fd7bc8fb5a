import type { BoardAction } from '../../../../shared/workshop/board-actions'
import type { Board, Participant } from '../../../../shared/workshop/workshop'
import { goalsSpan } from '../../../../shared/workshop/dates'
import { DateField } from '../../../components/DateField'

interface Props {
  board: Board
  participants: Participant[]
  manager: { memberId: string; name: string } | null
  /** Applies an action, or answers why it is refused. */
  tryApply: (action: BoardAction) => string | null
}

const ORDINALS = ['First', 'Second', 'Third', 'Fourth']

const reviewHint = (board: Board) => {
  const { begins, ends } = goalsSpan(board.goals)
  const span = begins && ends ? `between ${begins} and ${ends}` : 'once the goals have dates'
  return `Four check-ins in order, ${span}.`
}

/** Goals are reviewed on set dates and supported by every member and by management. */
export const ReviewPanel = ({ board, participants, manager, tryApply }: Props) => {
  const apply = (action: BoardAction) => tryApply(action) === null
  const people = [
    ...participants.filter((p) => p.memberId !== manager?.memberId),
    ...(manager ? [{ ...manager, role: 'manager' as const }] : []),
  ]
  return (
    <div className="review-panel">
      <section aria-label="Review dates" className="card">
        <h3>Review dates</h3>
        <p className="hint">{reviewHint(board)}</p>
        <div className="row wrap">
          {board.reviewDates.map((date, i) => (
            <DateField
              key={i}
              label={`${ORDINALS[i]} review`}
              value={date}
              onCommit={(d) => tryApply({ type: 'review/set', index: i, date: d })}
            />
          ))}
        </div>
      </section>
      <section aria-label="Support" className="card">
        <h3>Support</h3>
        {people.map((p) => {
          const s = board.support[p.memberId] ?? { supported: false, note: '' }
          const who = 'role' in p ? `${p.name} (manager)` : p.name
          return (
            <div key={p.memberId} className="row wrap">
              <label className="inline">
                <input
                  type="checkbox"
                  checked={s.supported}
                  onChange={(e) =>
                    apply({
                      type: 'support/set',
                      memberId: p.memberId,
                      value: { ...s, supported: e.target.checked },
                    })
                  }
                />
                {who} supports the goals
              </label>
              <label className="grow">
                {p.name}’s note
                <input
                  value={s.note}
                  maxLength={200}
                  onChange={(e) =>
                    apply({
                      type: 'support/set',
                      memberId: p.memberId,
                      value: { ...s, note: e.target.value },
                    })
                  }
                />
              </label>
            </div>
          )
        })}
      </section>
    </div>
  )
}
