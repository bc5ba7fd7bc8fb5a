import { acknowledgeVersion } from '../../shared/comms/acknowledge'
import { trackedItems } from '../../shared/followup/items'
import { recordStatus } from '../../shared/followup/record-status'
import { carriedForward, itemStates } from '../../shared/followup/rollup'
import { newId } from '../../shared/library/fields'
import type { Room } from '../../shared/participants/room'
import type { PhoneWrite } from '../../shared/participants/session-room'
import type { AppCore } from '../services/app-core'
import { followedSessions } from '../services/handlers/followup'

/**
 * The files a communication session or an action-plan meeting lets phones see and write: the
 * agreement (to rate against and to acknowledge) and the client's follow-up (earlier commitments).
 */
export const loadSessionFiles = async (core: AppCore, room: Room) => {
  const { clientId, agreementId } = room
  if (room.kind === 'comms' && agreementId) {
    const { doc } = await core.agreements.get(clientId, agreementId)
    room.parts.followAgreement(doc)
  }
  if (room.kind === 'actions') {
    const [{ tracker }, sessions] = await Promise.all([
      core.tracker.get(clientId),
      followedSessions(core, clientId),
    ])
    const states = itemStates(trackedItems(sessions, tracker.adjustments), tracker.updates)
    room.parts.followItems(
      carriedForward(states, { id: room.workshopId, createdAt: room.createdAt }),
    )
  }
}

/** A phone's acknowledgement or commitment status, written as the console's own call writes it. */
export const writeForPhone = async (core: AppCore, room: Room, write: PhoneWrite) => {
  const { clientId, agreementId } = room
  const now = core.now().toISOString()
  if (write.kind === 'acknowledge' && agreementId) {
    await core.agreements.update(clientId, agreementId, (a) =>
      acknowledgeVersion(a, write.version, write.memberId, true, now),
    )
    room.parts.acknowledged(write.memberId, write.version)
  }
  if (write.kind === 'status') {
    const { itemKey, status, note } = write
    await core.tracker.update(clientId, (t) =>
      recordStatus(
        t,
        { itemKey, status, note, recordedAt: { kind: 'meeting', id: room.workshopId } },
        newId(),
        now,
      ),
    )
    room.parts.reported(write.memberId, write.text, status)
  }
  core.emit({ name: 'data:changed', payload: { scope: 'client', clientId } })
  await loadSessionFiles(core, room)
}
