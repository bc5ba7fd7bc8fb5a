import { useState } from 'react'
import type { CurrentStatus, ItemState } from '../../../shared/followup/rollup'
import { isOpen, overdue } from '../../../shared/followup/rollup'
import { ItemStatusList, STATUS_LABELS } from './ItemStatusList'
import type { FollowUp } from './useFollowUp'
import { localToday } from './useFollowUp'
import { dateOnly } from '../../lib/formats'

type Filter = 'open' | 'overdue' | 'all' | CurrentStatus

const FILTERS: { value: Filter; label: string }[] = [
  { value: 'open', label: 'Still open' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'all', label: 'Everything' },
  { value: 'done', label: STATUS_LABELS.done },
  { value: 'in-progress', label: STATUS_LABELS['in-progress'] },
  { value: 'missed', label: STATUS_LABELS.missed },
  { value: 'dropped', label: STATUS_LABELS.dropped },
]

const pick = (states: ItemState[], filter: Filter): ItemState[] => {
  if (filter === 'all') return states
  if (filter === 'open') return states.filter((s) => isOpen(s.status))
  if (filter === 'overdue') return overdue(states, localToday())
  return states.filter((s) => s.status === filter)
}

const when = dateOnly

/** Every commitment and goal activity of the client; statuses can be kept up between sessions. */
export const ActionsPanel = ({ clientId, followUp }: { clientId: string; followUp: FollowUp }) => {
  const [filter, setFilter] = useState<Filter>('open')
  const shown = pick(followUp.states, filter)
  const withHistory = shown.filter((s) => s.history.length > 0)
  return (
    <section className="card" aria-labelledby="actions-title">
      <div className="row spread wrap">
        <h2 id="actions-title">Actions ({shown.length})</h2>
        <label>
          Show
          <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            {FILTERS.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ItemStatusList
        clientId={clientId}
        items={shown}
        recordedAt={{ kind: 'between', id: clientId }}
        readOnly={followUp.readOnly}
        empty="Nothing to show here. Commitments come from action-plan meetings, activities from goal workshops."
      />
      {withHistory.length > 0 && (
        <details className="status-history">
          <summary>History of these statuses</summary>
          <ul>
            {withHistory.flatMap((s) =>
              s.history.map((u) => (
                <li key={u.id}>
                  {when.format(new Date(u.at))}: “{s.text}” — {STATUS_LABELS[u.status]}
                  {u.note && ` (${u.note})`}
                </li>
              )),
            )}
          </ul>
        </details>
      )}
    </section>
  )
}
