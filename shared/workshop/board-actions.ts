import type { Activity, Board, Commitment, Goal, Support } from './workshop'
import { confirmBlocker, structuralBlocker } from './board-rules'
import { goalDatesRefusal, reviewRefusal } from './dates'

/** Every change the facilitator can make to the board, as data: replayable, undoable, testable. */
export type BoardAction =
  | { type: 'activity/add'; activity: Activity }
  | { type: 'activity/update'; id: string; patch: Partial<Omit<Activity, 'id'>> }
  | { type: 'activity/remove'; id: string }
  | { type: 'activity/move'; id: string; by: -1 | 1 }
  | { type: 'goal/add'; goal: Goal }
  | { type: 'goal/update'; id: string; patch: Partial<Omit<Goal, 'id' | 'confirmed'>> }
  | { type: 'goal/remove'; id: string }
  | { type: 'goal/move'; id: string; by: -1 | 1 }
  | { type: 'goal/toggleActivity'; id: string; activityId: string }
  | { type: 'goal/confirm'; id: string; confirmed: boolean }
  | { type: 'review/set'; index: number; date: string | null }
  | { type: 'call/set'; memberId: string | null }
  | { type: 'commitment/set'; memberId: string; value: Commitment }
  | { type: 'support/set'; memberId: string; value: Support }

export type ApplyResult = { ok: true; board: Board } | { ok: false; reason: string }

const move = <T extends { id: string }>(list: T[], id: string, by: number): T[] => {
  const from = list.findIndex((x) => x.id === id)
  const to = from + by
  if (from < 0 || to < 0 || to >= list.length) return list
  const next = [...list]
  const [item] = next.splice(from, 1)
  next.splice(to, 0, item!)
  return next
}

const updateGoal = (board: Board, id: string, change: (g: Goal) => Goal): Board => ({
  ...board,
  goals: board.goals.map((g) => (g.id === id ? change(g) : g)),
})

/**
 * Applies one action, or says why it is refused. A confirmed goal that loses its last activity
 * goes back to draft.
 */
export const applyBoardAction = (board: Board, action: BoardAction): ApplyResult => {
  const done = (next: Board): ApplyResult => ({ ok: true, board: unconfirmEmptyGoals(next) })
  switch (action.type) {
    case 'activity/add':
      return done({ ...board, activities: [...board.activities, action.activity] })
    case 'activity/update':
      return done({
        ...board,
        activities: board.activities.map((a) =>
          a.id === action.id ? { ...a, ...action.patch } : a,
        ),
      })
    case 'activity/remove':
      return done({
        ...board,
        activities: board.activities.filter((a) => a.id !== action.id),
        goals: board.goals.map((g) => ({
          ...g,
          activityIds: g.activityIds.filter((x) => x !== action.id),
        })),
      })
    case 'activity/move':
      return done({ ...board, activities: move(board.activities, action.id, action.by) })
    case 'goal/add':
      return done({ ...board, goals: [...board.goals, action.goal] })
    case 'goal/update': {
      const goal = board.goals.find((g) => g.id === action.id)
      if (!goal) return { ok: false, reason: 'That goal no longer exists.' }
      const changed = { ...goal, ...action.patch }
      if (goal.confirmed && (!changed.begins || !changed.ends))
        return {
          ok: false,
          reason: 'A confirmed goal keeps its begin and end: reopen it first to clear a date.',
        }
      const datesMoved = changed.begins !== goal.begins || changed.ends !== goal.ends
      const problem = datesMoved ? goalDatesRefusal(board, changed) : null
      if (problem) return { ok: false, reason: problem }
      return done(updateGoal(board, action.id, () => changed))
    }
    case 'goal/remove':
      return done({ ...board, goals: board.goals.filter((g) => g.id !== action.id) })
    case 'goal/move':
      return done({ ...board, goals: move(board.goals, action.id, action.by) })
    case 'goal/toggleActivity':
      return done(
        updateGoal(board, action.id, (g) => ({
          ...g,
          activityIds: g.activityIds.includes(action.activityId)
            ? g.activityIds.filter((x) => x !== action.activityId)
            : [...g.activityIds, action.activityId],
        })),
      )
    case 'goal/confirm': {
      const goal = board.goals.find((g) => g.id === action.id)
      if (!goal) return { ok: false, reason: 'That goal no longer exists.' }
      const blocker = action.confirmed ? confirmBlocker(goal, board) : null
      if (blocker) return { ok: false, reason: blocker }
      return done(updateGoal(board, action.id, (g) => ({ ...g, confirmed: action.confirmed })))
    }
    case 'review/set': {
      const problem = reviewRefusal(board, action.index, action.date)
      if (problem) return { ok: false, reason: problem }
      return done({
        ...board,
        reviewDates: board.reviewDates.map((d, i) => (i === action.index ? action.date : d)),
      })
    }
    case 'call/set':
      return done({ ...board, calledMemberId: action.memberId })
    case 'commitment/set':
      return done({
        ...board,
        commitments: { ...board.commitments, [action.memberId]: action.value },
      })
    case 'support/set':
      return done({ ...board, support: { ...board.support, [action.memberId]: action.value } })
  }
}

const unconfirmEmptyGoals = (board: Board): Board =>
  board.goals.some((g) => g.confirmed && structuralBlocker(g, board))
    ? {
        ...board,
        goals: board.goals.map((g) =>
          g.confirmed && structuralBlocker(g, board) ? { ...g, confirmed: false } : g,
        ),
      }
    : board
