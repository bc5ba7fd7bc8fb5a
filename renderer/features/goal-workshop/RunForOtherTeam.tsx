import { useState } from 'react'
import type { AppError } from '../../../shared/api/result'
import type { WorkshopFile } from '../../../shared/workshop/workshop'
import { ErrorNotice } from '../../components/ErrorNotice'
import { api } from '../../lib/api'
import { navigate } from '../../lib/router'
import { detach } from '../../lib/detach'

const OTHER = { sales: 'marketing', marketing: 'sales' } as const

/**
 * Fifteen minutes with each department: the next session for the other team, from this one's
 * plan and notes, in one step. A joint session has no other team, so nothing is offered.
 */
export const RunForOtherTeam = ({ workshop }: { workshop: WorkshopFile }) => {
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)
  if (workshop.kind !== 'goals' || workshop.scope === 'joint') return null
  const other = OTHER[workshop.scope]
  const run = async () => {
    setBusy(true)
    const r = await api.call('workshops:runForOtherTeam', {
      clientId: workshop.clientId,
      workshopId: workshop.id,
    })
    setBusy(false)
    if (!r.ok) return setError(r.error)
    navigate({ screen: 'workshop', clientId: workshop.clientId, workshopId: r.value.id })
  }
  return (
    <section className="card run-other" aria-labelledby="run-other-title">
      <h2 id="run-other-title">Next: the {other} team</h2>
      <p className="hint">
        Same plan and notes, with the client’s {other} members and the same manager.
      </p>
      <button type="button" className="primary" disabled={busy} onClick={() => detach(run())}>
        Run for the {other} team
      </button>
      {error && <ErrorNotice error={error} title="The next session was not created." />}
    </section>
  )
}
