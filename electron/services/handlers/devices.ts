import { devicesFor } from '../../participants/device-service'
import { networkChoices } from '../../participants/network'
import type { HandlerGroup } from './types'

type DeviceChannels =
  | 'devices:interfaces'
  | 'devices:status'
  | 'devices:start'
  | 'devices:stop'
  | 'devices:project'
  | 'devices:autoAccept'
  | 'devices:settle'
  | 'devices:release'
  | 'devices:guest'
  | 'devices:voting'
  | 'devices:alignment'
  | 'devices:commitment'
  | 'devices:takeComms'

/** The console's side of team devices; the phones have their own server and contract. */
export const deviceHandlers: HandlerGroup<DeviceChannels> = (core) => {
  const devices = () => devicesFor(core)
  return {
    'devices:interfaces': () => networkChoices(),
    'devices:status': () => devices().status(),
    'devices:start': ({ clientId, workshopId, address }) =>
      devices().start(clientId, workshopId, address),
    'devices:stop': () => devices().stop(),
    'devices:project': ({ show }) => devices().project(show),
    'devices:autoAccept': ({ on }) => devices().autoAccept(on),
    'devices:settle': (decision) => devices().settle(decision),
    'devices:release': ({ memberId }) => devices().release(memberId),
    'devices:guest': ({ guestId, approve }) => devices().guest(guestId, approve),
    'devices:voting': (action) => devices().voting(action),
    'devices:alignment': ({ action }) => devices().alignment(action),
    'devices:commitment': ({ memberId, confirm }) => devices().commitment(memberId, confirm),
    'devices:takeComms': ({ memberId, seq }) => devices().takeComms(memberId, seq),
  }
}
