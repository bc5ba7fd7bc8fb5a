import { useEffect } from 'react'
import { api } from '../../lib/api'
import type { Route } from '../../lib/router'
import { detach } from '../../lib/detach'

/**
 * The projector follows the console: a client's page tells the main process which client the
 * room is about (a session console says which session itself, see useStage). Screens without a
 * client leave the projector as it is.
 */
export const useProjectorFollows = (route: Route) => {
  const clientId = route.screen !== 'audience' && 'clientId' in route ? route.clientId : null
  const onSession = route.screen === 'workshop' || route.screen === 'audience'
  useEffect(() => {
    if (clientId && !onSession) detach(api.call('session:follow', { clientId, workshopId: null }))
  }, [clientId, onSession])
}
