import { useState } from 'react'
import type { AppError } from '../../../shared/api/result'
import type { ClientFile } from '../../../shared/library/client'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useToast } from '../../components/Toasts'
import { api } from '../../lib/api'

/** Name, industry and notes of a client; saved on demand so a half-typed rename never lands. */
export const ClientDetailsForm = ({
  client,
  readOnly,
}: {
  client: ClientFile
  readOnly: boolean
}) => {
  const [name, setName] = useState(client.name)
  const [industry, setIndustry] = useState(client.industry)
  const [notes, setNotes] = useState(client.notes)
  const [error, setError] = useState<AppError | null>(null)
  const toast = useToast()
  const dirty = name !== client.name || industry !== client.industry || notes !== client.notes

  const save = async (e: React.FormEvent) => {
    e.preventDefault()
    const result = await api.call('clients:update', {
      clientId: client.id,
      fields: { name, industry, notes },
    })
    setError(result.ok ? null : result.error)
    if (result.ok) toast({ message: `Saved ${result.value.name}.` })
  }

  return (
    <form className="card" onSubmit={save} aria-label="Client details">
      <h2>Details</h2>
      <fieldset disabled={readOnly}>
        <div className="row wrap">
          <label>
            Company name
            <input
              value={name}
              required
              maxLength={120}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <label>
            Industry
            <input value={industry} maxLength={200} onChange={(e) => setIndustry(e.target.value)} />
          </label>
        </div>
        <label className="block">
          Notes
          <textarea
            value={notes}
            rows={3}
            maxLength={5000}
            onChange={(e) => setNotes(e.target.value)}
          />
        </label>
        <button type="submit" className="primary" disabled={!dirty}>
          Save details
        </button>
      </fieldset>
      {error && <ErrorNotice error={error} title="Not saved." />}
    </form>
  )
}
