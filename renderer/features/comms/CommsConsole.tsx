import { useCallback } from 'react'
import type { AgreementView, WorkshopView } from '../../../shared/api/contract'
import { ErrorNotice } from '../../components/ErrorNotice'
import { SaveStatus } from '../../components/SaveStatus'
import { api } from '../../lib/api'
import { hrefFor } from '../../lib/router'
import { useApiData } from '../../lib/useApiData'
import { ConsoleSide } from '../goal-workshop/ConsoleSide'
import { useConsole } from '../goal-workshop/useConsole'
import { CommsWorkArea } from './CommsWorkArea'
import { useAgreementEditor } from './useAgreementEditor'

type Props = { view: WorkshopView; setView: (v: WorkshopView) => void }

/** The builder on the clock: the session holds the timer, the agreement holds everything typed. */
export const CommsConsole = ({ view, setView }: Props) => {
  const { clientId, agreementId } = view.workshop
  const agreement = useApiData(
    () =>
      agreementId
        ? api.call('agreements:get', { clientId, agreementId })
        : Promise.resolve({
            ok: false as const,
            error: { code: 'NOT_FOUND' as const, message: 'This session has no agreement.' },
          }),
    `${clientId}/${agreementId}`,
    { clientId },
  )
  const session = useConsole(
    view,
    setView,
    useCallback(() => undefined, []),
  )
  if (agreement.status === 'loading') return <main className="console" aria-busy="true" />
  return (
    <main className="console" aria-label="Facilitator console">
      <div className="console-board">
        {agreement.status === 'error' ? (
          <ErrorNotice error={agreement.error} title="The agreement could not be opened." />
        ) : (
          <Board view={view} agreement={agreement.value} />
        )}
      </div>
      <ConsoleSide workshop={view.workshop} console={session} />
    </main>
  )
}

const Board = ({ view, agreement: a }: { view: WorkshopView; agreement: AgreementView }) => {
  const { workshop } = view
  const editor = useAgreementEditor(a.agreement)
  const back = hrefFor({
    screen: 'agreement',
    clientId: workshop.clientId,
    agreementId: a.agreement.id,
  })
  return (
    <>
      <header className="row spread">
        <div>
          <a href={back}>← Agreement</a>
          <h1>{a.agreement.title}</h1>
        </div>
        <SaveStatus state={editor.saveState} />
        {workshop.timer.status === 'finished' && (
          <a className="button primary" href={back}>
            Open the agreement
          </a>
        )}
      </header>
      {editor.saveError && (
        <ErrorNotice error={editor.saveError} title="The last change was not saved." />
      )}
      {a.readOnly && (
        <p className="notice notice-warning">
          This agreement was saved by a newer version of the app and opens read-only.
        </p>
      )}
      <CommsWorkArea
        agreement={a.agreement}
        editor={editor}
        readOnly={a.readOnly}
        phaseIndex={workshop.timer.index}
      />
    </>
  )
}
