import type { WorkshopFile } from '../workshop/workshop'
import { applyAdjustments } from './adjustments'
import type { Adjustment } from './tracker'

export type ItemSource = 'meeting' | 'activity'

/** One thing someone promised to do: a meeting member's plan, or a goal workshop's activity. */
export interface TrackedItem {
  /** `meeting:${workshopId}:${memberId}` or `activity:${workshopId}:${activityId}`. */
  key: string
  source: ItemSource
  workshopId: string
  sessionTitle: string
  /** The session's createdAt. */
  sessionDate: string
  /** Meeting: the person's plan, or their commitment when the plan is empty. Activity: its text. */
  text: string
  /** Meeting: the commitment ('' when it already is the text). Activity: its goals' titles. */
  detail: string
  ownerId: string | null
  ownerName: string | null
  dueDate: string | null
}

const ownerName = (session: WorkshopFile, id: string | null): string | null => {
  if (id === null) return null
  const participant = session.participants.find((p) => p.memberId === id)
  if (participant) return participant.name
  return session.manager?.memberId === id ? session.manager.name : null
}

const sessionOf = (session: WorkshopFile) => ({
  workshopId: session.id,
  sessionTitle: session.title,
  sessionDate: session.createdAt,
})

const meetingItems = (session: WorkshopFile): TrackedItem[] =>
  session.participants.flatMap((p): TrackedItem[] => {
    const stated = session.meeting?.plans[p.memberId]
    const plan = stated?.plan.trim() ?? ''
    const commitment = stated?.commitment.trim() ?? ''
    if (!stated || (!plan && !commitment)) return []
    return [
      {
        key: `meeting:${session.id}:${p.memberId}`,
        source: 'meeting',
        ...sessionOf(session),
        text: plan || commitment,
        detail: plan ? commitment : '',
        ownerId: p.memberId,
        ownerName: p.name,
        dueDate: stated.dueDate,
      },
    ]
  })

const activityItems = (session: WorkshopFile, adjustments: Adjustment[]): TrackedItem[] => {
  const board = applyAdjustments(
    session.board,
    adjustments.filter((a) => a.workshopId === session.id),
  )
  return board.activities.flatMap((a): TrackedItem[] => {
    const goals = board.goals.filter((g) => g.activityIds.includes(a.id))
    if (goals.length === 0 && a.ownerId === null) return []
    return [
      {
        key: `activity:${session.id}:${a.id}`,
        source: 'activity',
        ...sessionOf(session),
        text: a.text,
        detail: goals
          .map((g) => g.title.trim())
          .filter(Boolean)
          .join('; '),
        ownerId: a.ownerId,
        ownerName: ownerName(session, a.ownerId),
        dueDate: a.dueDate,
      },
    ]
  })
}

/**
 * Everything the follow-up tracks, oldest session first: each member's plan from action-plan
 * meetings, and the goal workshops' activities as adjusted since. Brainstormed activities that
 * joined no goal and have no owner were never promised, so they are left out.
 */
export const trackedItems = (sessions: WorkshopFile[], adjustments: Adjustment[]): TrackedItem[] =>
  [...sessions]
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))
    .flatMap((s) => {
      if (s.kind === 'actions') return meetingItems(s)
      if (s.kind === 'goals') return activityItems(s, adjustments)
      return []
    })
