import { useState } from 'react'
import type { RecordedAt } from '../../../shared/followup/tracker'
import type { CurrentStatus, ItemState } from '../../../shared/followup/rollup'
import type { ItemStatus } from '../../../shared/followup/tracker'
import { useToast } from '../../components/Toasts'
import { api } from '../../lib/api'

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
          key={`${item.key}-${item.updatedAt ?? ''}`}
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
  const [note, setNote] = useState(item.note)
  const toast = useToast()
  const record = async (status: ItemStatus, text: string) => {
    const r = await api.call('followup:setStatus', {
      clientId,
      itemKey: item.key,
      status,
      note: text.trim(),
      recordedAt,
    })
    if (!r.ok) toast({ message: r.error.message, tone: 'error' })
  }
  const name = short(item.text)
  return (
    <li className={`item-status status-${item.status}`}>
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
        value={item.status === 'open' ? '' : item.status}
        disabled={readOnly}
        onChange={(e) => e.target.value && void record(e.target.value as ItemStatus, note)}
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
        onChange={(e) => setNote(e.target.value)}
        onBlur={() =>
          item.status !== 'open' &&
          note.trim() !== item.note &&
          void record(item.status as ItemStatus, note)
        }
      />
    </li>
  )
}
