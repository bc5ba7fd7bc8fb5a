import type { Activity, Board, Goal, Participant, SessionScope } from './workshop'

export const SUGGESTED_MAX_GOALS = 3

/**
 * What a confirmed goal must keep: a name, activities ("a goal without activities is not a goal")
 * and objective criteria. Boards saved before dates were required are judged by this alone.
 */
export const structuralBlocker = (goal: Goal, board: Board): string | null => {
  const known = new Set(board.activities.map((a) => a.id))
  if (!goal.title.trim()) return 'Give the goal a name before confirming it.'
  if (!goal.activityIds.some((id) => known.has(id))) {
    return 'A goal needs at least one activity before it can be confirmed: pick the activities that will reach it.'
  }
  if (!goal.criteria.trim())
    return 'Say how the team will know the goal is met (its objective criteria).'
  return null
}

/** The reason a goal cannot be confirmed yet, or null: the structure above, plus its dates. */
export const confirmBlocker = (goal: Goal, board: Board): string | null =>
  structuralBlocker(goal, board) ??
  (!goal.begins || !goal.ends
    ? 'Give the goal a begin and an end date before confirming it: the reviews fall between them.'
    : null)

export const goalActivities = (goal: Goal, board: Board): Activity[] =>
  goal.activityIds.flatMap((id) => board.activities.find((a) => a.id === id) ?? [])

export type GoalBalance = 'shared' | 'sales-only' | 'marketing-only' | 'none'

/**
 * In a joint session a goal should be carried by both teams: a joint activity, or activities from
 * sales and from marketing. All activities from one side is worth a warning, not a refusal.
 */
export const goalBalance = (goal: Goal, board: Board): GoalBalance => {
  const tags = new Set(goalActivities(goal, board).map((a) => a.tag))
  if (tags.size === 0) return 'none'
  if (tags.has('joint') || (tags.has('sales') && tags.has('marketing'))) return 'shared'
  return tags.has('sales') ? 'sales-only' : 'marketing-only'
}

export const goalWarnings = (goal: Goal, board: Board, scope: SessionScope): string[] => {
  const warnings: string[] = []
  const balance = goalBalance(goal, board)
  if (scope === 'joint' && (balance === 'sales-only' || balance === 'marketing-only')) {
    const side = balance === 'sales-only' ? 'sales' : 'marketing'
    warnings.push(
      `Every activity of this goal comes from ${side} alone; add a joint activity or one from the other team.`,
    )
  }
  return warnings
}

export const boardNotes = (board: Board): string[] =>
  board.goals.length > SUGGESTED_MAX_GOALS
    ? [`${board.goals.length} goals: start small — one to three goals are easier to follow up.`]
    : []

/** Who has put at least one activity on the board. */
export const contributorIds = (board: Board): Set<string> =>
  new Set(board.activities.flatMap((a) => (a.proposedBy ? [a.proposedBy] : [])))

export const activitiesWithoutOwner = (board: Board): Activity[] =>
  board.activities.filter((a) => !a.ownerId || !a.dueDate)

export const participantName = (participants: Participant[], id: string | null): string | null =>
  participants.find((p) => p.memberId === id)?.name ?? null
