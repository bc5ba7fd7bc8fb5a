import { memo, useRef, useState } from 'react'
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

const HINT = 'e.g. Share the weekly lead list every Monday'

/**
 * The hint shows only in an empty field; the browser restyles a placeholder on every key typed
 * after it (hidden or not), so it is taken away while there is text and given back when empty.
 */
const showHintWhenEmpty = (input: HTMLInputElement) => {
  const empty = input.value === ''
  if (empty === input.hasAttribute('placeholder')) return
  if (empty) input.setAttribute('placeholder', HINT)
  else input.removeAttribute('placeholder')
}

/**
 * Typing an activity and pressing Enter puts it on the board, credited to the person called on.
 * The field is the browser's own (read on Enter, not held in React state), so a key press costs
 * no render at all: on a slow laptop with a long board each key must paint at once. The field
 * also sits in a box of fixed height sealed off for layout (`.activity-field`), so a key lays out
 * the field alone, not the form, the board and the console around it.
 */
export const ActivityEntry = memo(function ActivityEntry({
  participants,
  calledMemberId,
  apply,
}: Props) {
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
      if (field.current) {
        field.current.value = ''
        showHintWhenEmpty(field.current)
      }
      setBy(null)
      setTag(null)
    }
  }

  return (
    <form className="activity-entry card" onSubmit={submit} aria-label="Add an activity">
      <div className="row wrap">
        <label className="grow">
          Activity
          <div>
            <div className="activity-field">
              <input
                ref={field}
                defaultValue=""
                maxLength={5000}
                placeholder={HINT}
                onInput={(e) => showHintWhenEmpty(e.currentTarget)}
              />
            </div>
          </div>
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
})
