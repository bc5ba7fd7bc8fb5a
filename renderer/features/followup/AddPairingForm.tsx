import type { FormEvent } from 'react'
import { useState } from 'react'
import type { Pairing, PairingFocus } from '../../../shared/followup/tracker'
import { LIMITS, newId } from '../../../shared/library/fields'
import { FOCUS_LABELS } from './PairingRow'
import type { TeamMember } from './team'
import { detach } from '../../lib/detach'

/** Pick one person from each side; the date, focus and topic can be filled in later too. */
export const AddPairingForm = ({
  members,
  onAdd,
}: {
  members: TeamMember[]
  onAdd: (pairing: Pairing) => Promise<boolean>
}) => {
  const [salesId, setSalesId] = useState('')
  const [marketingId, setMarketingId] = useState('')
  const [date, setDate] = useState('')
  const [focus, setFocus] = useState<PairingFocus>('shadowing')
  const [topic, setTopic] = useState('')
  const sales = members.filter((m) => m.department === 'sales')
  const marketing = members.filter((m) => m.department === 'marketing')
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const added = await onAdd({
      id: newId(),
      salesId,
      marketingId,
      date: date || null,
      focus,
      topic: topic.trim(),
      salesLearned: '',
      marketingLearned: '',
    })
    if (!added) return
    setSalesId('')
    setMarketingId('')
    setDate('')
    setTopic('')
  }
  return (
    <section className="card" aria-labelledby="add-pairing-title">
      <h2 id="add-pairing-title">Add a pairing</h2>
      {sales.length === 0 || marketing.length === 0 ? (
        <p className="hint">
          A pairing needs someone from sales and someone from marketing. Add them on the client
          page.
        </p>
      ) : (
        <form
          className="add-pairing"
          aria-labelledby="add-pairing-title"
          onSubmit={(e) => detach(submit(e))}
        >
          <label>
            Sales person
            <select required value={salesId} onChange={(e) => setSalesId(e.target.value)}>
              <option value="">Choose…</option>
              {sales.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Marketing person
            <select required value={marketingId} onChange={(e) => setMarketingId(e.target.value)}>
              <option value="">Choose…</option>
              {marketing.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Date
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <fieldset>
            <legend>Focus</legend>
            {Object.entries(FOCUS_LABELS).map(([value, text]) => (
              <label key={value} className="inline">
                <input
                  type="radio"
                  name="pairing-focus"
                  value={value}
                  checked={focus === value}
                  onChange={() => setFocus(value as PairingFocus)}
                />
                {text}
              </label>
            ))}
          </fieldset>
          <label>
            Topic
            <input
              maxLength={LIMITS.shortText}
              value={topic}
              onChange={(e) => setTopic(e.target.value)}
            />
          </label>
          <div className="row">
            <button type="submit" className="primary">
              Add the pairing
            </button>
          </div>
        </form>
      )}
    </section>
  )
}
