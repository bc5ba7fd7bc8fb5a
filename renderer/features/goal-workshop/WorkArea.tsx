import { useState } from 'react'
import type { BoardAction } from '../../../shared/workshop/board-actions'
import type { Activity, Board, Goal, WorkshopFile } from '../../../shared/workshop/workshop'
import { AlignmentCheck } from '../followup/AlignmentCheck'
import { ActivityColumns } from './board/ActivityColumns'
import { ActivityEntry } from './board/ActivityEntry'
import { GoalsPanel } from './board/GoalsPanel'
import { OwnersPanel } from './board/OwnersPanel'
import { ReviewPanel } from './board/ReviewPanel'
import { RoundRobinStrip } from './board/RoundRobinStrip'

export const TABS = [
  'Purpose',
  'Activities',
  'Goals',
  'Owners & commitments',
  'Review & support',
] as const

interface Props {
  workshop: WorkshopFile
  board: Board
  phaseIndex: number
  apply: (action: BoardAction) => boolean
  onActivityRemoved: (a: Activity) => void
  onGoalRemoved: (g: Goal) => void
}

/** The board, one tab per kind of work; the tab follows the phase unless the facilitator picks one. */
export const WorkArea = ({
  workshop,
  board,
  phaseIndex,
  apply,
  onActivityRemoved,
  onGoalRemoved,
}: Props) => {
  const [picked, setPicked] = useState<{ tab: number; atPhase: number } | null>(null)
  const following = Math.min(phaseIndex, TABS.length - 1)
  const tab = picked && picked.atPhase === phaseIndex ? picked.tab : following
  const { participants } = workshop
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
            onClick={() => setPicked({ tab: i, atPhase: phaseIndex })}
          >
            {name}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 0 && (
          <section className="card">
            <h3>In the room</h3>
            <ul className="participant-chips">
              {participants.map((p) => (
                <li key={p.memberId}>{p.name}</li>
              ))}
              {workshop.manager && <li>{workshop.manager.name} (manager)</li>}
            </ul>
            <p className="hint">
              Everyone leaves with activities they own and a commitment; the goals come from the
              team itself.
            </p>
          </section>
        )}
        {tab === 0 && (
          <section className="card" aria-labelledby="workshop-alignment-title">
            <h3 id="workshop-alignment-title">Alignment check, before we start</h3>
            <AlignmentCheck
              clientId={workshop.clientId}
              context={{ kind: 'workshop', id: workshop.id }}
              people={[...participants, ...(workshop.manager ? [workshop.manager] : [])]}
            />
          </section>
        )}
        {tab === 1 && (
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
              onRemoved={onActivityRemoved}
            />
          </>
        )}
        {tab === 2 && (
          <GoalsPanel
            board={board}
            scope={workshop.scope}
            apply={apply}
            onRemoved={onGoalRemoved}
          />
        )}
        {tab === 3 && <OwnersPanel board={board} participants={participants} apply={apply} />}
        {tab === 4 && (
          <ReviewPanel
            board={board}
            participants={participants}
            manager={workshop.manager}
            apply={apply}
          />
        )}
      </div>
    </div>
  )
}
