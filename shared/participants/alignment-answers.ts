import type { AlignmentQuestionId } from '../followup/tracker'
import { ALIGNMENT_QUESTIONS } from '../followup/tracker'
import type { AlignmentAnswers } from './contract'

/** The room sees how the team answered only when no single answer can be picked out. */
export const MIN_ANSWERS_SHOWN = 3

/** Answers from phones are stored under these keys: no member id, so nobody can be identified. */
export const ANONYMOUS_PREFIX = 'anon-'
export const isAnonymousKey = (key: string) => key.startsWith(ANONYMOUS_PREFIX)

/** The mean per question, or null while fewer than three people have answered. */
export const alignmentAggregate = (
  answers: AlignmentAnswers[],
): Record<AlignmentQuestionId, number | null> | null => {
  const given = answers.filter((a) => Object.keys(a).length > 0)
  if (given.length < MIN_ANSWERS_SHOWN) return null
  return Object.fromEntries(
    ALIGNMENT_QUESTIONS.map((q) => {
      const values = given.flatMap((a) => (a[q.id] === undefined ? [] : [a[q.id]!]))
      const mean = values.length ? values.reduce((s, v) => s + v, 0) / values.length : null
      return [q.id, mean === null ? null : Math.round(mean * 10) / 10]
    }),
  ) as Record<AlignmentQuestionId, number | null>
}
