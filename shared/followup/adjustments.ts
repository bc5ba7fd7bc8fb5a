import type { Activity, Board, Goal } from '../workshop/workshop'
import type { Adjustment, AdjustmentField } from './tracker'

const DATE = /^\d{4}-\d\d-\d\d$/

/** Timestamps may carry different offsets, so order by the moment, not by the text. */
const byAt = (a: { at: string }, b: { at: string }) => Date.parse(a.at) - Date.parse(b.at)

const dateOrNull = (value: string | null): string | null | undefined =>
  value === null || DATE.test(value) ? value : undefined

/** The changed goal, or undefined when the value cannot go into that field. */
const adjustGoal = (goal: Goal, field: AdjustmentField, after: string | null): Goal | undefined => {
  if (field === 'goal-title') return after === null ? undefined : { ...goal, title: after }
  if (field === 'goal-criteria') return { ...goal, criteria: after ?? '' }
  if (field === 'goal-ends') {
    const ends = dateOrNull(after)
    return ends === undefined ? undefined : { ...goal, ends }
  }
  return undefined
}

const adjustActivity = (
  activity: Activity,
  field: AdjustmentField,
  after: string | null,
): Activity | undefined => {
  if (field === 'activity-text') return after?.trim() ? { ...activity, text: after } : undefined
  if (field === 'activity-owner') return { ...activity, ownerId: after }
  if (field === 'activity-due') {
    const dueDate = dateOrNull(after)
    return dueDate === undefined ? undefined : { ...activity, dueDate }
  }
  return undefined
}

const applyOne = (board: Board, a: Adjustment): Board => {
  if (a.field.startsWith('goal-')) {
    const goals = board.goals.map((g) =>
      g.id === a.targetId ? (adjustGoal(g, a.field, a.after) ?? g) : g,
    )
    return { ...board, goals }
  }
  const activities = board.activities.map((x) =>
    x.id === a.targetId ? (adjustActivity(x, a.field, a.after) ?? x) : x,
  )
  return { ...board, activities }
}

/**
 * The board as the team now works to it: the workshop's board with the adjustments agreed at
 * later reviews. Pass the adjustments of this one workshop; a target that no longer exists, or a
 * value the field cannot hold, leaves the board as it was.
 */
export const applyAdjustments = (board: Board, adjustments: Adjustment[]): Board =>
  [...adjustments].sort(byAt).reduce(applyOne, board)

/** What a field holds now: the "before" of the next adjustment to it, null for an unknown target. */
export const currentValue = (
  board: Board,
  field: AdjustmentField,
  targetId: string,
): string | null => {
  const goal = board.goals.find((g) => g.id === targetId)
  const activity = board.activities.find((a) => a.id === targetId)
  switch (field) {
    case 'goal-title':
      return goal ? goal.title : null
    case 'goal-criteria':
      return goal ? goal.criteria : null
    case 'goal-ends':
      return goal?.ends ?? null
    case 'activity-text':
      return activity ? activity.text : null
    case 'activity-owner':
      return activity?.ownerId ?? null
    case 'activity-due':
      return activity?.dueDate ?? null
  }
}

/** How a workshop's goals changed and why, newest first; of one goal or activity when given. */
export const adjustmentHistory = (
  adjustments: Adjustment[],
  workshopId: string,
  targetId?: string,
): Adjustment[] =>
  adjustments
    .map((a, index) => ({ a, index }))
    .filter(
      ({ a }) => a.workshopId === workshopId && (targetId === undefined || a.targetId === targetId),
    )
    .sort((x, y) => byAt(y.a, x.a) || y.index - x.index)
    .map(({ a }) => a)
