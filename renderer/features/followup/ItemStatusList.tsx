import { useMemo } from 'react'
import type { RecordedAt } from '../../../shared/followup/tracker'
import type { CurrentStatus, ItemState } from '../../../shared/followup/rollup'
import type { ItemStatus } from '../../../shared/followup/tracker'
import { api } from '../../lib/api'
import { useAutosave } from '../session/useAutosave'

export const STATUS_LABELS: Record<CurrentStatus, string> = {
  open: 'Not reviewed yet',
  done: 'Done',
  'in-progress': 'In progress',
  missed: 'Missed',
  dropped: 'Dropped',
}
const SETTABLE: ItemStatus[] = ['done', 'in-progress', 'missed', 'dropped']

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text)

/**
 * Earlier commitments and goal activities, each with its status and a note. A status recorded here
 * is stamped with this meeting or review, so the history says where it was agreed.
 */
export const ItemStatusList = ({
  clientId,
  items,
  recordedAt,
  readOnly = false,
  empty,
}: {
  clientId: string
  items: ItemState[]
  recordedAt: RecordedAt
  readOnly?: boolean
  empty: string
}) => {
  if (items.length === 0) return <p className="hint">{empty}</p>
  return (
    <ul className="item-status-list" aria-label="Commitments and activities to review">
      {items.map((item) => (
        <ItemRow
          key={item.key}
          clientId={clientId}
          item={item}
          recordedAt={recordedAt}
          readOnly={readOnly}
        />
      ))}
    </ul>
  )
}

const ItemRow = ({
  clientId,
  item,
  recordedAt,
  readOnly,
}: {
  clientId: string
  item: ItemState
  recordedAt: RecordedAt
  readOnly: boolean
}) => {
  // Status and note are one record, saved together: a note typed while the status is still on its
  // way is kept and saved with it, and the row is never rebuilt under the typing.
  const stored = useMemo(() => ({ status: item.status, note: item.note }), [item.status, item.note])
  const draft = useAutosave({
    stored,
    save: ({ status, note }) =>
      status === 'open'
        ? Promise.resolve({ ok: true as const, value: null })
        : api.call('followup:setStatus', {
            clientId,
            itemKey: item.key,
            status,
            note: note.trim(),
            recordedAt,
          }),
  })
  const { status, note } = draft.value
  const name = short(item.text)
  return (
    <li className={`item-status status-${status}`}>
      <div className="item-text">
        <strong>{item.text}</strong>
        {item.detail && <span className="hint"> — {item.detail}</span>}
        <span className="hint item-meta">
          {item.ownerName ?? 'No owner'} · {item.dueDate ? `due ${item.dueDate}` : 'no due date'} ·{' '}
          {item.sessionTitle}
        </span>
      </div>
      <select
        aria-label={`Status of “${name}”`}
        value={status === 'open' ? '' : status}
        disabled={readOnly}
        onChange={(e) =>
          e.target.value && draft.update((d) => ({ ...d, status: e.target.value as ItemStatus }))
        }
      >
        <option value="" disabled>
          {STATUS_LABELS.open}
        </option>
        {SETTABLE.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      <input
        aria-label={`Note on “${name}”`}
        placeholder="What happened"
        maxLength={200}
        value={note}
        readOnly={readOnly}
        onChange={(e) => draft.update((d) => ({ ...d, note: e.target.value }))}
      />
      {draft.saveError && (
        <span className="field-problem" role="alert">
          Not saved: {draft.saveError.message}
        </span>
      )}
    </li>
  )
}
