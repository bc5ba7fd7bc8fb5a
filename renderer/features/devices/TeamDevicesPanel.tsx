import type { DeviceStatus, Projecting } from '../../../shared/participants/facilitator'
import type { BoardAction } from '../../../shared/workshop/board-actions'
import type { Board, WorkshopFile } from '../../../shared/workshop/workshop'
import { DevicesPanel } from './DevicesPanel'
import { BoardNow, ProposalQueue } from './ProposalQueue'
import { AlignmentControls, CommitmentsToConfirm } from './RoomPeople'
import type { DeviceActions } from './useDeviceActions'
import { VotingControls } from './VotingControls'

const SHOW: [Projecting, string][] = [
  ['board', 'Board'],
  ['join', 'Join code'],
  ['votes', 'Vote results'],
  ['alignment', 'Alignment average'],
]

/** The goal workshop's parts, one function for the panel's life (see DevicesPanel's memo). */
const goalParts = (status: DeviceStatus, actions: DeviceActions) => (
  <>
    <ProposalQueue status={status} actions={actions} />
    <VotingControls status={status} actions={actions} />
    <AlignmentControls status={status} actions={actions} />
    <CommitmentsToConfirm status={status} actions={actions} />
  </>
)

/**
 * Team devices in a goal workshop: proposals, the dot vote, the alignment check, commitments.
 * The board reaches the proposal queue (its "merge into" menu) by context: a card added by a
 * phone then redraws that menu alone, not the whole panel.
 */
export const TeamDevicesPanel = ({
  workshop,
  board,
  apply,
}: {
  workshop: WorkshopFile
  board: Board
  apply: (action: BoardAction) => string | null
}) => (
  <BoardNow.Provider value={board}>
    <DevicesPanel workshop={workshop} show={SHOW} apply={apply}>
      {goalParts}
    </DevicesPanel>
  </BoardNow.Provider>
)

/** Communication sessions and action-plan meetings: the room answers; the board stays the console's. */
export const SESSION_SHOW: [Projecting, string][] = [
  ['board', 'Board'],
  ['join', 'Join code'],
]
