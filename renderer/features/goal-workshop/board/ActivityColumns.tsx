import type { RefObject } from 'react'
import { memo, useLayoutEffect, useRef, useState } from 'react'
import { participantName } from '../../../../shared/workshop/board-rules'
import type { BoardAction } from '../../../../shared/workshop/board-actions'
import type { ItemRef } from '../../../../shared/workshop/stage'
import type { Activity, Board, Participant } from '../../../../shared/workshop/workshop'
import { KIND_HINTS, KIND_LABELS, KINDS, TAG_LABELS } from '../labels'

interface Props {
  board: Board
  participants: Participant[]
  /** Absent on the projector: the room reads, the facilitator edits. */
  apply?: (action: BoardAction) => boolean
  /** The item the projector enlarges, marked on its card. */
  spotlight?: ItemRef | null
  onRemoved?: (activity: Activity) => void
}

/**
 * The three columns of the goal sheet: continue, stop, improve. Drawn again only when its props
 * change (the console redraws around it for its clock and each save).
 */
export const ActivityColumns = memo(function ActivityColumns({
  board,
  participants,
  apply,
  spotlight,
  onRemoved,
}: Props) {
  // The cards call the latest handlers through a ref, so a card whose activity did not change is
  // not drawn again when the board changes elsewhere (forty phones add cards several a second).
  const handlers = useRef({ apply, onRemoved })
  useLayoutEffect(() => {
    handlers.current = { apply, onRemoved }
  })
  return (
    <div className="activity-columns">
      {KINDS.map((kind) => {
        const items = board.activities.filter((a) => a.kind === kind)
        return (
          <section
            key={kind}
            className={`column column-${kind}`}
            aria-label={`${KIND_LABELS[kind]} (${items.length})`}
          >
            <h3>
              {KIND_LABELS[kind]} <span className="count">{items.length}</span>
            </h3>
            {apply && <p className="hint">{KIND_HINTS[kind]}</p>}
            <ul>
              {items.map((a) => (
                <ActivityCard
                  key={a.id}
                  activity={a}
                  by={participantName(participants, a.proposedBy)}
                  editable={!!apply}
                  spotlit={spotlight?.kind === 'activity' && spotlight.id === a.id}
                  handlers={handlers}
                />
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
})

type Handlers = RefObject<Pick<Props, 'apply' | 'onRemoved'>>

const ActivityCard = memo(function ActivityCard({
  activity: a,
  by,
  editable,
  spotlit,
  handlers,
}: {
  activity: Activity
  by: string | null
  editable: boolean
  spotlit: boolean
  handlers: Handlers
}) {
  const apply = editable
    ? (action: BoardAction) => handlers.current.apply?.(action) ?? false
    : undefined
  const onRemoved = (activity: Activity) => handlers.current.onRemoved?.(activity)
  const [editing, setEditing] = useState(false)
  const [text, setText] = useState(a.text)
  const short = a.text.length > 40 ? `${a.text.slice(0, 40)}…` : a.text
  return (
    <li
      className={`activity tag-${a.tag}${spotlit ? ' spotlit' : ''}`}
      data-spotlight={`activity:${a.id}`}
    >
      {editing && apply ? (
        <form
          onSubmit={(e) => {
            e.preventDefault()
            if (apply({ type: 'activity/update', id: a.id, patch: { text } })) setEditing(false)
          }}
        >
          <label className="visually-hidden" htmlFor={`edit-${a.id}`}>
            Edit activity text
          </label>
          <textarea
            id={`edit-${a.id}`}
            value={text}
            rows={2}
            maxLength={5000}
            onChange={(e) => setText(e.target.value)}
            autoFocus
          />
          <button type="submit">Save</button>
          <button type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <p className="activity-text">{a.text}</p>
      )}
      <p className="activity-meta">
        <span className={`chip chip-${a.tag}`}>{TAG_LABELS[a.tag]}</span>
        {by && <span> · {by}</span>}
        {spotlit && <span className="badge">In the spotlight</span>}
      </p>
      {apply && !editing && (
        <div className="activity-actions">
          <button type="button" aria-label={`Edit “${short}”`} onClick={() => setEditing(true)}>
            Edit
          </button>
          <button
            type="button"
            aria-label={`Move “${short}” up`}
            onClick={() => apply({ type: 'activity/move', id: a.id, by: -1 })}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label={`Move “${short}” down`}
            onClick={() => apply({ type: 'activity/move', id: a.id, by: 1 })}
          >
            ↓
          </button>
          <button
            type="button"
            aria-label={`Remove “${short}”`}
            onClick={() => apply({ type: 'activity/remove', id: a.id }) && onRemoved?.(a)}
          >
            Remove
          </button>
        </div>
      )}
    </li>
  )
})
