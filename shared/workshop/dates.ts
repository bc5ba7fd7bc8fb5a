import type { Board, Goal } from './workshop'

/**
 * Dates that make sense: reviews in order and inside the goals' time, goals that end after they
 * begin. Each refusal says what to change. ISO dates ("2027-01-10") compare as strings.
 */
const ORDINALS = ['first', 'second', 'third', 'fourth'] as const
const ordinal = (i: number) => ORDINALS[i] ?? `review ${i + 1}`

interface Span {
  begins: string | null
  ends: string | null
}

/** From the earliest begin to the latest end of the goals that have them. */
export const goalsSpan = (goals: readonly Goal[]): Span => {
  const begins = goals.flatMap((g) => (g.begins ? [g.begins] : [])).sort()
  const ends = goals.flatMap((g) => (g.ends ? [g.ends] : [])).sort()
  return { begins: begins[0] ?? null, ends: ends.at(-1) ?? null }
}

const neighbours = (reviews: readonly (string | null)[], index: number) => {
  const before = reviews
    .slice(0, index)
    .map((d, i) => ({ d, i }))
    .filter((x) => x.d)
    .at(-1)
  const after = reviews
    .slice(index + 1)
    .map((d, i) => ({ d, i: i + index + 1 }))
    .find((x) => x.d)
  return { before, after }
}

/** Why review `index` cannot be on `date`, or null. Clearing a review is always allowed. */
export const reviewRefusal = (board: Board, index: number, date: string | null): string | null => {
  if (!date) return null
  const name = `The ${ordinal(index)} review`
  const { before, after } = neighbours(board.reviewDates, index)
  if (before && date <= before.d!)
    return `${name} must come after the ${ordinal(before.i)} (${before.d}): choose a later date, or move the ${ordinal(before.i)} review first.`
  if (after && date >= after.d!)
    return `${name} must come before the ${ordinal(after.i)} (${after.d}): choose an earlier date, or move the ${ordinal(after.i)} review first.`
  const span = goalsSpan(board.goals)
  if (span.begins && date < span.begins)
    return `${name} falls before the goals begin (${span.begins}): choose a date on or after it.`
  if (span.ends && date > span.ends)
    return `${name} falls after the goals end (${span.ends}): choose a date on or before it.`
  return null
}

/** Why a goal cannot have these dates on this board, or null. `goal` is the goal as changed. */
export const goalDatesRefusal = (board: Board, goal: Goal): string | null => {
  if (goal.begins && goal.ends && goal.ends < goal.begins)
    return `A goal ends on or after the day it begins (${goal.begins}): choose a later end, or an earlier begin.`
  const span = goalsSpan(board.goals.map((g) => (g.id === goal.id ? goal : g)))
  for (const [i, date] of board.reviewDates.entries()) {
    if (!date) continue
    if (span.begins && date < span.begins)
      return `The ${ordinal(i)} review (${date}) would fall before the goals begin: choose a begin on or before ${date}, or move that review first.`
    if (span.ends && date > span.ends)
      return `The ${ordinal(i)} review (${date}) would fall after the goals end: choose an end on or after ${date}, or move that review first.`
  }
  return null
}

/**
 * The first date problem a change from `before` to `after` introduces, or null. Only what changed
 * is judged, so a board saved by an earlier version with odd dates still opens and saves.
 */
export const boardDatesRefusal = (before: Board, after: Board): string | null => {
  for (const [i, date] of after.reviewDates.entries()) {
    if (date === before.reviewDates[i]) continue
    const problem = reviewRefusal(after, i, date)
    if (problem) return problem
  }
  for (const goal of after.goals) {
    const old = before.goals.find((g) => g.id === goal.id)
    if (old && old.begins === goal.begins && old.ends === goal.ends) continue
    const problem = goalDatesRefusal(after, goal)
    if (problem) return problem
  }
  return null
}
