import { useState } from 'react'
import type { Member } from '../../../shared/library/client'
import type { AppError } from '../../../shared/api/result'
import { ErrorNotice } from '../../components/ErrorNotice'
import { api } from '../../lib/api'
import { hrefFor, navigate } from '../../lib/router'
import { useApiData } from '../../lib/useApiData'
import { dateOnly } from '../../lib/formats'

const when = dateOnly
const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'

/** The client's communication agreements, and a short form to start a new one. */
export const AgreementList = ({
  clientId,
  members,
  canCreate,
}: {
  clientId: string
  members: Member[]
  canCreate: boolean
}) => {
  const list = useApiData(() => api.call('agreements:list', { clientId }), clientId, { clientId })
  const [creating, setCreating] = useState(false)
  return (
    <section className="card" aria-labelledby="agreements-title">
      <div className="row spread">
        <h2 id="agreements-title">Communication agreements</h2>
        {canCreate && !creating && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            New communication agreement
          </button>
        )}
      </div>
      {list.status === 'ready' && list.value.length === 0 && !creating && (
        <p className="hint">
          None yet. The builder collects how each person likes to be reached, then agrees channels,
          response times and fallbacks for the whole team.
        </p>
      )}
      {list.status === 'ready' && list.value.length > 0 && (
        <ul className="workshop-list" aria-label="Agreements">
          {list.value.map((a) => (
            <li key={a.id}>
              <a href={hrefFor({ screen: 'agreement', clientId, agreementId: a.id })}>{a.title}</a>{' '}
              <span className="hint">
                {a.latestVersion
                  ? `Version ${a.latestVersion} · ${a.acknowledgedCount} of ${a.participantCount} acknowledged`
                  : 'Draft, not published'}{' '}
                · changed {when.format(new Date(a.updatedAt))}
              </span>
            </li>
          ))}
        </ul>
      )}
      {creating && (
        <NewAgreementForm
          clientId={clientId}
          members={members}
          onCancel={() => setCreating(false)}
        />
      )}
    </section>
  )
}

const NewAgreementForm = ({
  clientId,
  members,
  onCancel,
}: {
  clientId: string
  members: Member[]
  onCancel: () => void
}) => {
  const [title, setTitle] = useState('How we reach each other')
  const [chosen, setChosen] = useState(() => new Set(members.map((m) => m.id)))
  const [error, setError] = useState<AppError | null>(null)
  const toggle = (id: string) =>
    setChosen((c) => {
      const next = new Set(c)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  const create = async (e: React.FormEvent) => {
    e.preventDefault()
    const r = await api.call('agreements:create', {
      clientId,
      title,
      participantIds: members.filter((m) => chosen.has(m.id)).map((m) => m.id),
      timeZone: localZone(),
    })
    if (!r.ok) return setError(r.error)
    navigate({ screen: 'agreement', clientId, agreementId: r.value.id })
  }
  return (
    <form onSubmit={create} aria-label="New communication agreement">
      <label className="block">
        Agreement title
        <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={120} />
      </label>
      <fieldset>
        <legend>Team members in this agreement ({chosen.size})</legend>
        <div className="participant-grid">
          {members.map((m) => (
            <label key={m.id} className="inline">
              <input type="checkbox" checked={chosen.has(m.id)} onChange={() => toggle(m.id)} />
              {m.name}
            </label>
          ))}
        </div>
      </fieldset>
      {error && <ErrorNotice error={error} title="The agreement was not created." />}
      <div className="row">
        <button type="submit" className="primary" disabled={chosen.size === 0}>
          Create agreement
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
