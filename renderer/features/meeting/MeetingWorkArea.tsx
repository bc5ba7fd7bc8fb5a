import { useState } from 'react'
import type { MeetingBoard } from '../../../shared/meeting/meeting'
import type { ItemRef } from '../../../shared/workshop/stage'
import type { WorkshopFile } from '../../../shared/workshop/workshop'
import { EarlierCommitments } from './EarlierCommitments'
import { DraftPanel, FollowUpPanel, IdeasPanel, TopicPanel } from './MeetingPanels'
import { SpeakerPanel } from './SpeakerPanel'

export const MEETING_TABS = [
  'Earlier commitments',
  'Topic & end goal',
  'Ideas',
  'Draft plans',
  'Plans & commitments',
  'Follow-up',
] as const

type Update = (change: (m: MeetingBoard) => MeetingBoard) => void

/**
 * The meeting's board. Before the clock starts it opens on the earlier commitments, so the room
 * looks back first; then the tab follows the phase unless the facilitator picks one.
 */
export const MeetingWorkArea = ({
  workshop,
  meeting,
  update,
  spotlight,
}: {
  workshop: WorkshopFile
  meeting: MeetingBoard
  update: Update
  spotlight: ItemRef | null
}) => {
  const { timer, participants } = workshop
  const phaseKey = timer.status === 'ready' ? -1 : timer.index
  const [picked, setPicked] = useState<{ tab: number; at: number } | null>(null)
  const following = phaseKey < 0 ? 0 : Math.min(phaseKey + 1, MEETING_TABS.length - 1)
  const tab = picked && picked.at === phaseKey ? picked.tab : following
  return (
    <div className="work-area">
      <div role="tablist" aria-label="Meeting sections" className="tabs">
        {MEETING_TABS.map((name, i) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`meeting-tab-${i}`}
            aria-selected={tab === i}
            aria-controls={`meeting-panel-${i}`}
            onClick={() => setPicked({ tab: i, at: phaseKey })}
          >
            {name}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`meeting-panel-${tab}`}
        aria-labelledby={`meeting-tab-${tab}`}
        className="tab-panel"
      >
        {tab === 0 && <EarlierCommitments workshop={workshop} />}
        {tab === 1 && <TopicPanel meeting={meeting} update={update} />}
        {tab === 2 && (
          <IdeasPanel
            meeting={meeting}
            update={update}
            participants={participants}
            spotlightId={spotlight?.kind === 'idea' ? spotlight.id : null}
          />
        )}
        {tab === 3 && <DraftPanel meeting={meeting} update={update} participants={participants} />}
        {tab === 4 && (
          <SpeakerPanel
            meeting={meeting}
            update={update}
            participants={participants}
            timer={timer}
          />
        )}
        {tab === 5 && (
          <FollowUpPanel meeting={meeting} update={update} participants={participants} />
        )}
      </div>
    </div>
  )
}
