import type { BoardAction } from '../../../../shared/workshop/board-actions'
import type { Board, Participant } from '../../../../shared/workshop/workshop'
import { KIND_LABELS } from '../labels'

interface Props {
  board: Board
  participants: Participant[]
  apply: (action: BoardAction) => boolean
}

/** Every activity gets an owner and a due date; every member states a commitment. */
export const OwnersPanel = ({ board, participants, apply }: Props) => (
  <div className="owners-panel">
    <section aria-label="Owners and due dates" className="card">
      <h3>Owners and due dates</h3>
      {board.activities.length === 0 ? (
        <p className="hint">No activities on the board yet.</p>
      ) : (
        <table className="owners">
          <thead>
            <tr>
              <th scope="col">Activity</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
            </tr>
          </thead>
          <tbody>
            {board.activities.map((a, i) => (
              <tr key={a.id}>
                <th scope="row">
                  <span className="hint">{KIND_LABELS[a.kind]} · </span>
                  {a.text}
                </th>
                <td>
                  <select
                    aria-label={`Owner of activity ${i + 1}`}
                    value={a.ownerId ?? ''}
                    onChange={(e) =>
                      apply({
                        type: 'activity/update',
                        id: a.id,
                        patch: { ownerId: e.target.value || null },
                      })
                    }
                  >
                    <option value="">No owner yet</option>
                    {participants.map((p) => (
                      <option key={p.memberId} value={p.memberId}>
                        {p.name}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    type="date"
                    aria-label={`Due date of activity ${i + 1}`}
                    value={a.dueDate ?? ''}
                    onChange={(e) =>
                      apply({
                        type: 'activity/update',
                        id: a.id,
                        patch: { dueDate: e.target.value || null },
                      })
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
    <section aria-label="Commitments" className="card">
      <h3>Commitments</h3>
      {participants.map((p) => {
        const c = board.commitments[p.memberId] ?? { text: '', committed: false }
        return (
          <div key={p.memberId} className="commitment row wrap">
            <label className="grow">
              {p.name}’s commitment
              <input
                value={c.text}
                maxLength={5000}
                onChange={(e) =>
                  apply({
                    type: 'commitment/set',
                    memberId: p.memberId,
                    value: { ...c, text: e.target.value },
                  })
                }
              />
            </label>
            <label className="inline">
              <input
                type="checkbox"
                checked={c.committed}
                onChange={(e) =>
                  apply({
                    type: 'commitment/set',
                    memberId: p.memberId,
                    value: { ...c, committed: e.target.checked },
                  })
                }
              />
              {p.name} commits
            </label>
          </div>
        )
      })}
    </section>
  </div>
)
