import type { BoardAction } from '../../../../shared/workshop/board-actions'
import type { Board, Participant } from '../../../../shared/workshop/workshop'

interface Props {
  board: Board
  participants: Participant[]
  manager: { memberId: string; name: string } | null
  apply: (action: BoardAction) => boolean
}

const ORDINALS = ['First', 'Second', 'Third', 'Fourth']

/** Goals are reviewed on set dates and supported by every member and by management. */
export const ReviewPanel = ({ board, participants, manager, apply }: Props) => {
  const people = [
    ...participants.filter((p) => p.memberId !== manager?.memberId),
    ...(manager ? [{ ...manager, role: 'manager' as const }] : []),
  ]
  return (
    <div className="review-panel">
      <section aria-label="Review dates" className="card">
        <h3>Review dates</h3>
        <div className="row wrap">
          {board.reviewDates.map((date, i) => (
            <label key={i}>
              {ORDINALS[i]} review
              <input
                type="date"
                value={date ?? ''}
                onChange={(e) =>
                  apply({ type: 'review/set', index: i, date: e.target.value || null })
                }
              />
            </label>
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
