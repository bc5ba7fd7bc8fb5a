import { useState } from 'react'
import type { AppError } from '../../../shared/api/result'
import { ErrorNotice } from '../../components/ErrorNotice'
import { api } from '../../lib/api'
import { navigate } from '../../lib/router'

export const NewClientForm = () => {
  const [name, setName] = useState('')
  const [industry, setIndustry] = useState('')
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    setBusy(true)
    const result = await api.call('clients:create', { name, industry })
    setBusy(false)
    if (!result.ok) return setError(result.error)
    setError(null)
    setName('')
    setIndustry('')
    navigate({ screen: 'client', clientId: result.value.id })
  }

  return (
    <form className="card new-client" onSubmit={submit} aria-label="New client">
      <h2>New client</h2>
      <div className="row wrap">
        <label>
          Company name
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} />
        </label>
        <label>
          Industry
          <input
            value={industry}
            onChange={(e) => setIndustry(e.target.value)}
            maxLength={200}
            placeholder="Optional"
          />
        </label>
        <button type="submit" className="primary" disabled={busy}>
          Add client
        </button>
      </div>
      {error && <ErrorNotice error={error} title="The client was not added." />}
    </form>
  )
}
