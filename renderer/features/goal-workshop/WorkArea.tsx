import { useCallback, useState } from 'react'
import type { BoardAction } from '../../../shared/workshop/board-actions'
import type { ItemRef } from '../../../shared/workshop/stage'
import type { Activity, Board, Goal, WorkshopFile } from '../../../shared/workshop/workshop'
import { ActivityColumns } from './board/ActivityColumns'
import { ActivityEntry } from './board/ActivityEntry'
import { BeforeWeStart, PurposePanel } from './board/BeforeWeStart'
import { GoalsPanel } from './board/GoalsPanel'
import { OwnersPanel } from './board/OwnersPanel'
import { ReviewPanel } from './board/ReviewPanel'
import { RoundRobinStrip } from './board/RoundRobinStrip'
import { useSameParticipants } from './useSameParticipants'

export const TABS = [
  'Before we start',
  'Purpose',
  'Activities',
  'Goals',
  'Owners & commitments',
  'Review & support',
] as const

interface Props {
  workshop: WorkshopFile
  board: Board
  /** Applies an action, or answers why it is refused. */
  tryApply: (action: BoardAction) => string | null
  spotlight: ItemRef | null
  onActivityRemoved: (a: Activity) => void
  onGoalRemoved: (g: Goal) => void
}

/**
 * The board, one tab per kind of work. Before the clock starts it opens on the preparation (the
 * alignment check has its time there, not in the one-minute Purpose); then the tab follows the
 * phase unless the facilitator picks one.
 */
export const WorkArea = ({
  workshop,
  board,
  tryApply,
  spotlight,
  onActivityRemoved,
  onGoalRemoved,
}: Props) => {
  // Steady across renders, like the participants: the board's parts are drawn again only when
  // what they show changes, not with each save of the workshop around them.
  const apply = useCallback((action: BoardAction) => tryApply(action) === null, [tryApply])
  const { timer } = workshop
  const participants = useSameParticipants(workshop.participants)
  const phaseKey = timer.status === 'ready' ? -1 : timer.index
  const [picked, setPicked] = useState<{ tab: number; at: number } | null>(null)
  const following = phaseKey < 0 ? 0 : Math.min(phaseKey + 1, TABS.length - 1)
  const tab = picked && picked.at === phaseKey ? picked.tab : following
  return (
    <div className="work-area">
      <div role="tablist" aria-label="Board sections" className="tabs">
        {TABS.map((name, i) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${i}`}
            aria-selected={tab === i}
            aria-controls={`panel-${i}`}
            onClick={() => setPicked({ tab: i, at: phaseKey })}
          >
            {name}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 0 && <BeforeWeStart workshop={workshop} />}
        {tab === 1 && <PurposePanel workshop={workshop} />}
        {tab === 2 && (
          <>
            <RoundRobinStrip participants={participants} board={board} apply={apply} />
            <ActivityEntry
              participants={participants}
              calledMemberId={board.calledMemberId}
              apply={apply}
            />
            <ActivityColumns
              board={board}
              participants={participants}
              apply={apply}
              spotlight={spotlight}
              onRemoved={onActivityRemoved}
            />
          </>
        )}
        {tab === 3 && (
          <GoalsPanel
            board={board}
            scope={workshop.scope}
            tryApply={tryApply}
            onRemoved={onGoalRemoved}
          />
        )}
        {tab === 4 && <OwnersPanel board={board} participants={participants} apply={apply} />}
        {tab === 5 && (
          <ReviewPanel
            board={board}
            participants={participants}
            manager={workshop.manager}
            tryApply={tryApply}
          />
        )}
      </div>
    </div>
  )
}
