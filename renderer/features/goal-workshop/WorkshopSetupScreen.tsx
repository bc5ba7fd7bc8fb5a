import { useMemo, useState } from 'react'
import type { AppError } from '../../../shared/api/result'
import type { Member } from '../../../shared/library/client'
import { DEPARTMENT_LABELS } from '../../../shared/library/client'
import type { Plan } from '../../../shared/workshop/plan'
import type { SessionScope } from '../../../shared/workshop/workshop'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useToast } from '../../components/Toasts'
import { api } from '../../lib/api'
import { hrefFor, navigate } from '../../lib/router'
import { useApiData } from '../../lib/useApiData'
import { PlanEditor } from '../session/PlanEditor'
import { detach } from '../../lib/detach'
import { formatDate, todayIso } from '../../lib/formats'

const SCOPES: { value: SessionScope; label: string; hint: string }[] = [
  { value: 'sales', label: 'Sales team', hint: 'Fifteen minutes with the sales department' },
  {
    value: 'marketing',
    label: 'Marketing team',
    hint: 'Fifteen minutes with the marketing department',
  },
  {
    value: 'joint',
    label: 'Sales and marketing together',
    hint: 'Collective goals driven by shared activities',
  },
]

const inScope = (m: Member, scope: SessionScope) =>
  scope === 'joint'
    ? m.department === 'sales' || m.department === 'marketing'
    : m.department === scope

export const WorkshopSetupScreen = ({ clientId }: { clientId: string }) => {
  const view = useApiData(() => api.call('clients:get', { clientId }), clientId, { clientId })
  const template = useApiData(() => api.call('templates:get', {}), '', 'folder')
  if (view.status === 'error')
    return (
      <main className="screen">
        <ErrorNotice error={view.error} />
      </main>
    )
  if (view.status !== 'ready' || template.status !== 'ready')
    return <main className="screen" aria-busy="true" />
  return (
    <SetupForm
      clientId={clientId}
      clientName={view.value.client.name}
      members={view.value.client.members}
      initialPlan={template.value}
    />
  )
}

const SetupForm = ({
  clientId,
  clientName,
  members,
  initialPlan,
}: {
  clientId: string
  clientName: string
  members: Member[]
  initialPlan: Plan
}) => {
  const [scope, setScope] = useState<SessionScope>('joint')
  const [title, setTitle] = useState(`Team goals — ${formatDate(todayIso())}`)
  // The people of the chosen scope are suggested; a hand-picked list holds until the scope changes.
  const [picked, setPicked] = useState<{ scope: SessionScope; ids: Set<string> } | null>(null)
  const [managerId, setManagerId] = useState<string>(
    members.find((m) => m.department === 'management')?.id ?? '',
  )
  const [plan, setPlan] = useState<Plan>(initialPlan)
  const [error, setError] = useState<AppError | null>(null)
  const toast = useToast()
  const suggested = useMemo(
    () => new Set(members.filter((m) => inScope(m, scope)).map((m) => m.id)),
    [members, scope],
  )
  const chosen = picked?.scope === scope ? picked.ids : suggested

  const toggle = (id: string) => {
    const ids = new Set(chosen)
    if (ids.has(id)) ids.delete(id)
    else ids.add(id)
    setPicked({ scope, ids })
  }
  const saveTemplate = async () => {
    const r = await api.call('templates:save', { plan })
    toast(
      r.ok
        ? { message: 'Saved as your plan for new workshops.' }
        : { message: r.error.message, tone: 'error' },
    )
  }
  const create = async (e: React.FormEvent) => {
    e.preventDefault()
    const participantIds = members.filter((m) => chosen.has(m.id)).map((m) => m.id)
    const r = await api.call('workshops:create', {
      clientId,
      title,
      scope,
      participantIds,
      managerId: managerId || null,
      plan,
    })
    if (!r.ok) return setError(r.error)
    navigate({ screen: 'workshop', clientId, workshopId: r.value.id })
  }

  return (
    <main className="screen" aria-labelledby="setup-title">
      <a href={hrefFor({ screen: 'client', clientId })}>← {clientName}</a>
      <h1 id="setup-title">New goal workshop</h1>
      <form onSubmit={create} aria-label="New goal workshop">
        <section className="card">
          <label className="block">
            Workshop title
            <input
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              required
              maxLength={120}
            />
          </label>
          <fieldset>
            <legend>Who is in the room</legend>
            <div className="row wrap">
              {SCOPES.map((s) => (
                <label key={s.value} className="inline choice">
                  <input
                    type="radio"
                    name="scope"
                    value={s.value}
                    checked={scope === s.value}
                    onChange={() => setScope(s.value)}
                  />
                  <span>
                    {s.label} <span className="hint">— {s.hint}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          {members.length === 0 ? (
            <p className="notice notice-warning">
              This client has no team members yet. Add them on the client page first.
            </p>
          ) : (
            <fieldset>
              <legend>Participants ({chosen.size})</legend>
              <div className="participant-grid">
                {members.map((m) => (
                  <label key={m.id} className="inline">
                    <input
                      type="checkbox"
                      checked={chosen.has(m.id)}
                      onChange={() => toggle(m.id)}
                    />
                    {m.name} <span className="hint">{DEPARTMENT_LABELS[m.department]}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          <label>
            Manager who supports the goals
            <select value={managerId} onChange={(e) => setManagerId(e.target.value)}>
              <option value="">No manager present</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name} ({DEPARTMENT_LABELS[m.department]})
                </option>
              ))}
            </select>
          </label>
        </section>
        <section className="card">
          <PlanEditor plan={plan} onChange={setPlan} />
          <button type="button" onClick={() => detach(saveTemplate())}>
            Save this plan as my template
          </button>
        </section>
        {error && <ErrorNotice error={error} title="The workshop was not created." />}
        <button type="submit" className="primary big" disabled={chosen.size === 0}>
          Create workshop
        </button>
      </form>
    </main>
  )
}
