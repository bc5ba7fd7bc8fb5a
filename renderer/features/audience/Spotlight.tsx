import { goalActivities, participantName } from '../../../shared/workshop/board-rules'
import type { ItemRef } from '../../../shared/workshop/stage'
import type { WorkshopFile } from '../../../shared/workshop/workshop'
import { KIND_LABELS, TAG_LABELS } from '../goal-workshop/labels'

/** The item being discussed, enlarged over the board; the board stays where it was beneath. */
export const Spotlight = ({ workshop, item }: { workshop: WorkshopFile; item: ItemRef }) => {
  const content = spotlightContent(workshop, item)
  if (!content) return null
  return (
    <div className="spotlight" role="region" aria-label="In the spotlight">
      <p className="spotlight-kind">{content.kind}</p>
      <p className="spotlight-text">{content.text}</p>
      {content.detail && <p className="spotlight-detail">{content.detail}</p>}
    </div>
  )
}

const spotlightContent = (w: WorkshopFile, item: ItemRef) => {
  if (item.kind === 'activity') {
    const a = w.board.activities.find((x) => x.id === item.id)
    if (!a) return null
    const by = participantName(w.participants, a.proposedBy)
    return {
      kind: `${KIND_LABELS[a.kind]} · ${TAG_LABELS[a.tag]}`,
      text: a.text,
      detail: by ? `From ${by}` : null,
    }
  }
  if (item.kind === 'goal') {
    const g = w.board.goals.find((x) => x.id === item.id)
    if (!g) return null
    const acts = goalActivities(g, w.board).map((a) => a.text)
    return {
      kind: 'Goal',
      text: g.title || 'Untitled goal',
      detail: [g.criteria && `Met when: ${g.criteria}`, acts.join(' · ')]
        .filter(Boolean)
        .join(' — '),
    }
  }
  const idea = w.meeting?.ideas.find((x) => x.id === item.id)
  if (!idea) return null
  const by = participantName(w.participants, idea.by)
  return { kind: 'Idea', text: idea.text, detail: by ? `From ${by}` : null }
}
