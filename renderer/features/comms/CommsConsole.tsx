import type { AgreementView } from '../../../shared/api/contract'
import { ErrorNotice } from '../../components/ErrorNotice'
import { api } from '../../lib/api'
import { hrefFor } from '../../lib/router'
import { useApiData } from '../../lib/useApiData'
import type { ConsoleProps } from '../session/ConsoleScreen'
import { ConsoleFrame } from '../session/ConsoleFrame'
import { ConsoleSide } from '../session/ConsoleSide'
import type { ConsoleState } from '../session/useConsole'
import { useConsole } from '../session/useConsole'
import { useLiveSender } from '../session/useLiveSender'
import { DevicesPanel } from '../devices/DevicesPanel'
import { SESSION_SHOW } from '../devices/TeamDevicesPanel'
import { CONSOLE_ROOM_GAP_MS, useDevices } from '../devices/useDevices'
import { CommsWorkArea } from './CommsWorkArea'
import { useAgreementEditor } from './useAgreementEditor'
import { usePhoneAnswers } from './usePhoneAnswers'

/** The builder on the clock: the session holds the timer, the agreement holds everything typed. */
export const CommsConsole = ({ view, setView }: ConsoleProps) => {
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
  const session = useConsole({ view, setView })
  if (agreement.status === 'loading') return <main className="console" aria-busy="true" />
  if (agreement.status === 'error')
    return (
      <ConsoleFrame
        title={view.workshop.title}
        back={{ href: hrefFor({ screen: 'client', clientId }), label: 'Client' }}
        saveState="error"
        side={<ConsoleSide workshop={view.workshop} console={session} />}
      >
        <ErrorNotice error={agreement.error} title="The agreement could not be opened." />
      </ConsoleFrame>
    )
  return <Builder view={view} agreement={agreement.value} session={session} />
}

const Builder = ({
  view,
  agreement: a,
  session,
}: {
  view: ConsoleProps['view']
  agreement: AgreementView
  session: ConsoleState
}) => {
  const { workshop } = view
  const sendLive = useLiveSender(workshop.clientId, workshop.id)
  const editor = useAgreementEditor(a.agreement, (draft, stamp) =>
    sendLive({ kind: 'agreement', agreementId: a.agreement.id, ...draft }, stamp),
  )
  const [devices] = useDevices(CONSOLE_ROOM_GAP_MS)
  usePhoneAnswers(devices, workshop.id, editor, a.readOnly)
  const back = hrefFor({
    screen: 'agreement',
    clientId: workshop.clientId,
    agreementId: a.agreement.id,
  })
  return (
    <ConsoleFrame
      title={a.agreement.title}
      back={{ href: back, label: 'Agreement' }}
      saveState={editor.saveState}
      actions={
        workshop.timer.status === 'finished' && (
          <a className="button primary" href={back}>
            Open the agreement
          </a>
        )
      }
      notices={
        <>
          {editor.saveError && (
            <ErrorNotice error={editor.saveError} title="The last change was not saved." />
          )}
          {a.readOnly && (
            <p className="notice notice-warning">
              This agreement was saved by a newer version of the app and opens read-only.
            </p>
          )}
        </>
      }
      side={
        <ConsoleSide workshop={workshop} console={session}>
          <HeatMapChoice session={session} />
          <DevicesPanel workshop={workshop} show={SESSION_SHOW} />
        </ConsoleSide>
      }
    >
      <CommsWorkArea
        agreement={a.agreement}
        editor={editor}
        readOnly={a.readOnly}
        phaseIndex={workshop.timer.index}
      />
    </ConsoleFrame>
  )
}

/** People or department averages on the projector's heat map. */
const HeatMapChoice = ({ session }: { session: ConsoleState }) => (
  <fieldset className="heat-choice">
    <legend>Heat map on the projector</legend>
    <label className="inline">
      <input
        type="radio"
        name="heat-mode"
        checked={session.stage.heatMap === 'people'}
        onChange={() => session.cue({ type: 'heatMap', mode: 'people' })}
      />
      Everyone
    </label>
    <label className="inline">
      <input
        type="radio"
        name="heat-mode"
        checked={session.stage.heatMap === 'departments'}
        onChange={() => session.cue({ type: 'heatMap', mode: 'departments' })}
      />
      Department averages
    </label>
  </fieldset>
)
