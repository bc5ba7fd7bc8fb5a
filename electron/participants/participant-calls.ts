import type { z } from 'zod'
import type { ParticipantCall, ParticipantContract } from '../../shared/participants/contract'
import type { Room } from '../../shared/participants/room'
import type { PhoneWrite } from '../../shared/participants/session-room'

type Input<K extends ParticipantCall> = z.output<ParticipantContract[K]['input']>

/**
 * One phone's call, already validated, applied to the room. A call that changes a file comes back
 * as the write to make, checked: the service makes it as the console's own call would.
 */
export const runParticipantCall = <K extends ParticipantCall>(
  room: Room,
  deviceId: string,
  input: Input<K>,
  name: K,
): PhoneWrite | void => {
  const i: unknown = input
  switch (name) {
    case 'me:view':
      return
    case 'name:claim':
      return room.claim(deviceId, (i as Input<'name:claim'>).memberId)
    case 'name:guest':
      return room.joinAsGuest(deviceId, (i as Input<'name:guest'>).name)
    case 'proposal:add':
      return void room.propose(deviceId, i as Input<'proposal:add'>)
    case 'vote:cast':
      return room.castBallot(deviceId, (i as Input<'vote:cast'>).ballot)
    case 'alignment:answer':
      return room.answer(deviceId, (i as Input<'alignment:answer'>).answers)
    case 'commitment:set':
      return room.commit(deviceId, i as Input<'commitment:set'>)
    case 'comms:ratings':
      return room.parts.rate(room.member(deviceId), (i as Input<'comms:ratings'>).ratings)
    case 'comms:availability':
      return room.parts.setAvailability(
        room.member(deviceId),
        (i as Input<'comms:availability'>).availability,
      )
    case 'comms:acknowledge':
      return room.parts.acknowledge(
        room.member(deviceId),
        (i as Input<'comms:acknowledge'>).version,
      )
    case 'meeting:status':
      return room.parts.reportStatus(room.member(deviceId), i as Input<'meeting:status'>)
  }
}
