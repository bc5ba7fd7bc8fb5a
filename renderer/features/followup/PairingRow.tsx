import { useState } from 'react'
import type { Pairing, PairingFocus } from '../../../shared/followup/tracker'
import { LIMITS } from '../../../shared/library/fields'
import type { TeamMember } from './team'
import { nameOf } from './team'
import { detach } from '../../lib/detach'

export const FOCUS_LABELS: Record<PairingFocus, string> = {
  shadowing: 'Shadowing',
  training: 'Planned training',
}

/** One pairing, edited where it stands: dates and focus save at once, text when you leave it. */
export const PairingRow = ({
  pairing,
  number,
  members,
  readOnly,
  onSave,
  onRemove,
}: {
  pairing: Pairing
  /** Its place in the list: the same two people may pair up more than once. */
  number: number
  members: TeamMember[]
  readOnly: boolean
  onSave: (pairing: Pairing) => Promise<boolean>
  onRemove: () => void
}) => {
  const [draft, setDraft] = useState(pairing)
  const sales = nameOf(members, pairing.salesId)
  const marketing = nameOf(members, pairing.marketingId)
  const change = (patch: Partial<Pairing>) => setDraft((d) => ({ ...d, ...patch }))
  const saveNow = (patch: Partial<Pairing>) => {
    const next = { ...draft, ...patch }
    setDraft(next)
    detach(onSave(next))
  }
  const saveIfChanged = () => {
    const trimmed = { ...draft, topic: draft.topic.trim() }
    if (JSON.stringify(trimmed) !== JSON.stringify(pairing)) detach(onSave(trimmed))
  }
  return (
    <li>
      <article className="pairing" aria-label={`Pairing ${number}: ${sales} and ${marketing}`}>
        <div className="row spread">
          <h3>
            <span className="dept dept-sales">{sales}</span>
            <span aria-hidden="true"> ⇄ </span>
            <span className="visually-hidden"> with </span>
            <span className="dept dept-marketing">{marketing}</span>
          </h3>
          {!readOnly && (
            <button
              type="button"
              className="ghost danger"
              aria-label={`Remove pairing ${number}: ${sales} and ${marketing}`}
              onClick={onRemove}
            >
              Remove
            </button>
          )}
        </div>
        <div className="row wrap">
          <label>
            Date
            <input
              type="date"
              readOnly={readOnly}
              value={draft.date ?? ''}
              onChange={(e) => saveNow({ date: e.target.value || null })}
            />
          </label>
          <label>
            Focus
            <select
              disabled={readOnly}
              value={draft.focus}
              onChange={(e) => saveNow({ focus: e.target.value as PairingFocus })}
            >
              {Object.entries(FOCUS_LABELS).map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
          </label>
          <label className="grow">
            Topic
            <input
              maxLength={LIMITS.shortText}
              readOnly={readOnly}
              value={draft.topic}
              onChange={(e) => change({ topic: e.target.value })}
              onBlur={saveIfChanged}
            />
          </label>
        </div>
        <div className="pairing-learned">
          <label>
            What {sales} learned
            <textarea
              rows={2}
              maxLength={LIMITS.longText}
              readOnly={readOnly}
              value={draft.salesLearned}
              onChange={(e) => change({ salesLearned: e.target.value })}
              onBlur={saveIfChanged}
            />
          </label>
          <label>
            What {marketing} learned
            <textarea
              rows={2}
              maxLength={LIMITS.longText}
              readOnly={readOnly}
              value={draft.marketingLearned}
              onChange={(e) => change({ marketingLearned: e.target.value })}
              onBlur={saveIfChanged}
            />
          </label>
        </div>
      </article>
    </li>
  )
}
