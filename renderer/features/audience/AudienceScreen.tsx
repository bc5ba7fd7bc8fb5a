import { AudienceSession } from './AudienceSession'
import { IdleScreen } from './IdleScreen'
import { useOnAir } from './useOnAir'
import { emptyStage } from '../../../shared/workshop/stage'

/**
 * The projector: it follows the console. Whatever session the console opens is shown here, at
 * once, with no click on this screen; with none, a calm idle screen.
 */
export const AudienceScreen = ({
  clientId,
  workshopId,
}: {
  clientId?: string
  workshopId?: string
}) => {
  const state = useOnAir()
  if (state.status === 'loading')
    return <main className="audience" aria-label="Audience view" aria-busy="true" />
  const { onAir } = state
  if (onAir?.workshopId)
    return (
      <AudienceSession
        key={onAir.workshopId}
        clientId={onAir.clientId}
        workshopId={onAir.workshopId}
        stage={onAir.stage}
        live={onAir.live}
      />
    )
  // Opened from a link to one session before the console opened anything: show that one.
  if (!onAir && clientId && workshopId)
    return (
      <AudienceSession
        key={workshopId}
        clientId={clientId}
        workshopId={workshopId}
        stage={emptyStage()}
        live={null}
      />
    )
  return <IdleScreen clientName={onAir?.clientName ?? null} />
}
