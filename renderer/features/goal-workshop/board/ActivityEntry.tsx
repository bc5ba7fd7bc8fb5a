import { useRef, useState } from 'react'
import { newId } from '../../../../shared/library/fields'
import type { ActivityKind, ActivityTag, Participant } from '../../../../shared/workshop/workshop'
import { KIND_LABELS, KINDS, TAG_LABELS, TAGS } from '../labels'
import type { BoardAction } from '../../../../shared/workshop/board-actions'

interface Props {
  participants: Participant[]
  calledMemberId: string | null
  apply: (action: BoardAction) => boolean
}

const defaultTag = (p: Participant | undefined): ActivityTag =>
  p?.department === 'sales' ? 'sales' : p?.department === 'marketing' ? 'marketing' : 'joint'

/**
 * Typing an activity and pressing Enter puts it on the board, credited to the person called on.
 * The field is the browser's own (read on Enter, not held in React state), so a key press costs
 * no render at all: on a slow laptop with a long board each key must paint at once.
 */
export const ActivityEntry = ({ participants, calledMemberId, apply }: Props) => {
  const field = useRef<HTMLInputElement>(null)
  const [kind, setKind] = useState<ActivityKind>('continue')
  const [tagChoice, setTag] = useState<ActivityTag | null>(null)
  const [by, setBy] = useState<string | null>(null)
  const proposer = by ?? calledMemberId ?? ''
  const tag = tagChoice ?? defaultTag(participants.find((p) => p.memberId === proposer))

  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    const text = field.current?.value ?? ''
    if (!text.trim()) return
    const added = apply({
      type: 'activity/add',
      activity: {
        id: newId(),
        text: text.trim(),
        kind,
        tag,
        proposedBy: proposer || null,
        ownerId: null,
        dueDate: null,
      },
    })
    if (added) {
      if (field.current) field.current.value = ''
      setBy(null)
      setTag(null)
    }
  }

  return (
    <form className="activity-entry card" onSubmit={submit} aria-label="Add an activity">
      <div className="row wrap">
        <label className="grow">
          Activity
          <input
            ref={field}
            defaultValue=""
            maxLength={5000}
            placeholder="e.g. Share the weekly lead list every Monday"
          />
        </label>
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value as ActivityKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Team
          <select value={tag} onChange={(e) => setTag(e.target.value as ActivityTag)}>
            {TAGS.map((t) => (
              <option key={t} value={t}>
                {TAG_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Proposed by
          <select value={proposer} onChange={(e) => setBy(e.target.value)}>
            <option value="">Nobody in particular</option>
            {participants.map((p) => (
              <option key={p.memberId} value={p.memberId}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary">
          Add activity
        </button>
      </div>
    </form>
  )
}
