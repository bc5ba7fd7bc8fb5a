import { useState } from 'react'
import type { AgreementView } from '../../../shared/api/contract'
import { latestVersion } from '../../../shared/comms/agreement-file'
import { ErrorNotice } from '../../components/ErrorNotice'
import { SaveStatus } from '../../components/SaveStatus'
import { api } from '../../lib/api'
import { hrefFor } from '../../lib/router'
import { useApiData } from '../../lib/useApiData'
import { CommsWorkArea } from './CommsWorkArea'
import { SessionStarter } from './SessionStarter'
import { useAgreementEditor } from './useAgreementEditor'

export const AgreementScreen = ({
  clientId,
  agreementId,
}: {
  clientId: string
  agreementId: string
}) => {
  const view = useApiData(
    () => api.call('agreements:get', { clientId, agreementId }),
    `${clientId}/${agreementId}`,
    { clientId },
  )
  if (view.status === 'loading') return <main className="screen" aria-busy="true" />
  if (view.status === 'error')
    return (
      <main className="screen">
        <a href={hrefFor({ screen: 'client', clientId })}>← Client</a>
        <ErrorNotice error={view.error} title="The agreement could not be opened." />
      </main>
    )
  return <Agreement view={view.value} />
}

const Agreement = ({ view }: { view: AgreementView }) => {
  const { agreement, readOnly } = view
  const { clientId } = agreement
  const editor = useAgreementEditor(agreement)
  const [starting, setStarting] = useState(false)
  const latest = latestVersion(agreement)
  return (
    <main className="screen agreement-screen" aria-labelledby="agreement-title">
      <header className="row spread wrap">
        <div>
          <a href={hrefFor({ screen: 'client', clientId })}>← Client</a>
          <h1 id="agreement-title">{agreement.title}</h1>
          <p className="hint">
            {agreement.participants.length} people ·{' '}
            {latest
              ? `version ${latest.number} published, ${Object.keys(latest.acknowledgements).length} acknowledged`
              : 'draft, not published yet'}
          </p>
        </div>
        <div className="row">
          <SaveStatus state={editor.saveState} />
          {!readOnly && !starting && (
            <button type="button" className="primary" onClick={() => setStarting(true)}>
              Run as a timed session
            </button>
          )}
        </div>
      </header>
      {readOnly && (
        <p className="notice notice-warning">
          This agreement was saved by a newer version of the app and opens read-only.
        </p>
      )}
      {editor.saveError && (
        <ErrorNotice error={editor.saveError} title="The last change was not saved." />
      )}
      {starting && <SessionStarter agreement={agreement} onCancel={() => setStarting(false)} />}
      <SessionLinks clientId={clientId} agreementId={agreement.id} />
      <CommsWorkArea agreement={agreement} editor={editor} readOnly={readOnly} />
    </main>
  )
}

/** Sessions still open for this agreement, so the facilitator can return to the console. */
const SessionLinks = ({ clientId, agreementId }: { clientId: string; agreementId: string }) => {
  const list = useApiData(() => api.call('workshops:list', { clientId }), clientId, { clientId })
  if (list.status !== 'ready') return null
  const open = list.value.filter((w) => w.agreementId === agreementId && w.status !== 'finished')
  if (open.length === 0) return null
  return (
    <ul className="session-links" aria-label="Open sessions">
      {open.map((w) => (
        <li key={w.id}>
          <a href={hrefFor({ screen: 'workshop', clientId, workshopId: w.id })}>
            Back to the session console: {w.title}
          </a>
        </li>
      ))}
    </ul>
  )
}
