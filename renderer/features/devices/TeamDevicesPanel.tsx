import type { Projecting } from '../../../shared/participants/facilitator'
import type { BoardAction } from '../../../shared/workshop/board-actions'
import type { Board, WorkshopFile } from '../../../shared/workshop/workshop'
import { DevicesPanel } from './DevicesPanel'
import { ProposalQueue } from './ProposalQueue'
import { AlignmentControls, CommitmentsToConfirm } from './RoomPeople'
import { VotingControls } from './VotingControls'

const SHOW: [Projecting, string][] = [
  ['board', 'Board'],
  ['join', 'Join code'],
  ['votes', 'Vote results'],
  ['alignment', 'Alignment average'],
]

/** Team devices in a goal workshop: proposals, the dot vote, the alignment check, commitments. */
export const TeamDevicesPanel = ({
  workshop,
  board,
  apply,
}: {
  workshop: WorkshopFile
  board: Board
  apply: (action: BoardAction) => string | null
}) => (
  <DevicesPanel workshop={workshop} show={SHOW} apply={apply}>
    {(status, actions) => (
      <>
        <ProposalQueue status={status} board={board} actions={actions} />
        <VotingControls status={status} actions={actions} />
        <AlignmentControls status={status} actions={actions} />
        <CommitmentsToConfirm status={status} actions={actions} />
      </>
    )}
  </DevicesPanel>
)

/** Communication sessions and action-plan meetings: the room answers; the board stays the console's. */
export const SESSION_SHOW: [Projecting, string][] = [
  ['board', 'Board'],
  ['join', 'Join code'],
]
