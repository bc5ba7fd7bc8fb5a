import { memo } from 'react'
import { contributorIds } from '../../../../shared/workshop/board-rules'
import type { BoardAction } from '../../../../shared/workshop/board-actions'
import { nextToCall } from '../../../../shared/workshop/round-robin'
import type { Board, Participant } from '../../../../shared/workshop/workshop'

interface Props {
  participants: Participant[]
  board: Board
  apply?: (action: BoardAction) => boolean
}

/** Everyone in turn: who has spoken, who is on now, who is still waiting. Read-only on the projector. */
export const RoundRobinStrip = ({ participants, board, apply }: Props) => {
  const done = contributorIds(board)
  const waiting = participants.filter((p) => !done.has(p.memberId)).length
  const callNext = () => {
    const next = nextToCall(
      participants.map((p) => ({ id: p.memberId, name: p.name })),
      [...done],
      board.calledMemberId,
    )
    apply?.({ type: 'call/set', memberId: next })
  }
  return (
    <section className="round-robin" aria-label="Round robin">
      <ol>
        {participants.map((p) => (
          <Person
            key={p.memberId}
            name={p.name}
            state={
              p.memberId === board.calledMemberId
                ? 'called'
                : done.has(p.memberId)
                  ? 'done'
                  : 'waiting'
            }
          />
        ))}
      </ol>
      <span className="rr-count">
        {waiting === 0 ? 'Everyone has contributed' : `${waiting} not yet heard`}
      </span>
      {apply && (
        <button type="button" onClick={callNext} disabled={participants.length === 0}>
          Call next person
        </button>
      )}
    </section>
  )
}

/** One person in the strip, drawn again only when their turn changes, not with every new card. */
const Person = memo(function Person({
  name,
  state,
}: {
  name: string
  state: 'called' | 'done' | 'waiting'
}) {
  return (
    <li className={`rr rr-${state}`} aria-current={state === 'called' ? 'true' : undefined}>
      {state === 'done' && <span aria-hidden="true">✓ </span>}
      {name}
      <span className="visually-hidden">
        {state === 'called'
          ? ' (speaking now)'
          : state === 'done'
            ? ' (has contributed)'
            : ' (not yet)'}
      </span>
    </li>
  )
})
