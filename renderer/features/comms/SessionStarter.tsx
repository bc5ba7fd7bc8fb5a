import { useState } from 'react'
import type { AgreementFile } from '../../../shared/comms/agreement'
import { DEFAULT_COMMS_PLAN } from '../../../shared/comms/defaults'
import type { AppError } from '../../../shared/api/result'
import type { Plan } from '../../../shared/workshop/plan'
import { ErrorNotice } from '../../components/ErrorNotice'
import { api } from '../../lib/api'
import { navigate } from '../../lib/router'
import { PlanEditor } from '../session/PlanEditor'

/** The builder on the workshop clock: adjust the phases, then go to the console. */
export const SessionStarter = ({
  agreement,
  onCancel,
}: {
  agreement: AgreementFile
  onCancel: () => void
}) => {
  const [plan, setPlan] = useState<Plan>(DEFAULT_COMMS_PLAN)
  const [error, setError] = useState<AppError | null>(null)
  const start = async (e: React.FormEvent) => {
    e.preventDefault()
    const r = await api.call('agreements:startSession', {
      clientId: agreement.clientId,
      agreementId: agreement.id,
      plan,
    })
    if (!r.ok) return setError(r.error)
    navigate({ screen: 'workshop', clientId: agreement.clientId, workshopId: r.value.id })
  }
  return (
    <form className="card session-starter" onSubmit={start} aria-label="Timed session">
      <h2>Timed session</h2>
      <p className="hint">
        The console follows the phases below; the projector shows the heat map, the levels and the
        people as the team fills them in. Everything is saved into this agreement.
      </p>
      <PlanEditor plan={plan} onChange={setPlan} />
      {error && <ErrorNotice error={error} title="The session did not start." />}
      <div className="row">
        <button type="submit" className="primary">
          Open the session console
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
