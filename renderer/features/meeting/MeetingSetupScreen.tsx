import { useState } from 'react'
import type { AppError } from '../../../shared/api/result'
import type { Member } from '../../../shared/library/client'
import { DEPARTMENT_LABELS } from '../../../shared/library/client'
import type { MeetingPlan } from '../../../shared/meeting/meeting'
import { DEFAULT_ACTION_PLAN, emptyMeetingBoard } from '../../../shared/meeting/meeting'
import type { Plan } from '../../../shared/workshop/plan'
import { ErrorNotice } from '../../components/ErrorNotice'
import { api } from '../../lib/api'
import { hrefFor, navigate } from '../../lib/router'
import { useApiData } from '../../lib/useApiData'
import { PlanEditor } from '../session/PlanEditor'
import { formatDate, todayIso } from '../../lib/formats'

export const MeetingSetupScreen = ({ clientId }: { clientId: string }) => {
  const view = useApiData(() => api.call('clients:get', { clientId }), clientId, { clientId })
  if (view.status === 'error')
    return (
      <main className="screen">
        <ErrorNotice error={view.error} />
      </main>
    )
  if (view.status !== 'ready') return <main className="screen" aria-busy="true" />
  const { client } = view.value
  return <SetupForm clientId={clientId} clientName={client.name} members={client.members} />
}

/** The meeting plan (what, who, how) is set before anyone sits down, as the method asks. */
const SetupForm = ({
  clientId,
  clientName,
  members,
}: {
  clientId: string
  clientName: string
  members: Member[]
}) => {
  const [title, setTitle] = useState(`Action plan — ${formatDate(todayIso())}`)
  const [chosen, setChosen] = useState(
    () =>
      new Set(
        members
          .filter((m) => m.department === 'sales' || m.department === 'marketing')
          .map((m) => m.id),
      ),
  )
  const [meetingPlan, setMeetingPlan] = useState<MeetingPlan>({ what: '', who: '', how: '' })
  const [plan, setPlan] = useState<Plan>(DEFAULT_ACTION_PLAN)
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
    const r = await api.call('workshops:create', {
      clientId,
      kind: 'actions',
      title,
      scope: 'joint',
      participantIds: members.filter((m) => chosen.has(m.id)).map((m) => m.id),
      managerId: null,
      plan,
    })
    if (!r.ok) return setError(r.error)
    const saved = await api.call('workshops:saveMeeting', {
      clientId,
      workshopId: r.value.id,
      meeting: { ...emptyMeetingBoard(), plan: meetingPlan },
    })
    if (!saved.ok) return setError(saved.error)
    navigate({ screen: 'workshop', clientId, workshopId: r.value.id })
  }
  const planField = (key: keyof MeetingPlan, label: string, hint: string) => (
    <label className="block">
      {label}
      <textarea
        rows={2}
        maxLength={5000}
        placeholder={hint}
        value={meetingPlan[key]}
        onChange={(e) => setMeetingPlan((p) => ({ ...p, [key]: e.target.value }))}
      />
    </label>
  )
  return (
    <main className="screen" aria-labelledby="meeting-setup-title">
      <a href={hrefFor({ screen: 'client', clientId })}>← {clientName}</a>
      <h1 id="meeting-setup-title">New action-plan meeting</h1>
      <form onSubmit={create} aria-label="New action-plan meeting">
        <section className="card">
          <label className="block">
            Meeting title
            <input
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              required
              maxLength={120}
            />
          </label>
          <fieldset>
            <legend>Participants ({chosen.size})</legend>
            <div className="participant-grid">
              {members.map((m) => (
                <label key={m.id} className="inline">
                  <input type="checkbox" checked={chosen.has(m.id)} onChange={() => toggle(m.id)} />
                  {m.name} <span className="hint">{DEPARTMENT_LABELS[m.department]}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </section>
        <section className="card" aria-labelledby="meeting-plan-title">
          <h2 id="meeting-plan-title">The meeting plan</h2>
          {planField(
            'what',
            'What the meeting is for',
            'e.g. agree how leads move from marketing to sales',
          )}
          {planField(
            'who',
            'Who takes part and who leads',
            'e.g. both teams; the sales lead chairs',
          )}
          {planField(
            'how',
            'How it will run',
            'e.g. ideas first, then one plan each, two minutes per person',
          )}
        </section>
        <section className="card">
          <PlanEditor plan={plan} onChange={setPlan} />
        </section>
        {error && <ErrorNotice error={error} title="The meeting was not created." />}
        <button type="submit" className="primary big" disabled={chosen.size === 0}>
          Create meeting
        </button>
      </form>
    </main>
  )
}
