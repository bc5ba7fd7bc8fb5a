import { isAnonymousKey } from '../participants/alignment-answers'
import type { AlignmentCheck, AlignmentQuestionId, TrackerFile } from './tracker'
import { ALIGNMENT_QUESTIONS } from './tracker'

/** One alignment check in numbers: the mean answer (1…5) per question and over all of them. */
export interface AlignmentSummary {
  checkId: string
  at: string
  context: AlignmentCheck['context']
  /** People who answered at least one question. */
  respondents: number
  /** Null for a question nobody answered. */
  perQuestion: Record<AlignmentQuestionId, number | null>
  /** The mean of the question means that exist, so an unpopular question does not weigh more. */
  overall: number | null
}

const mean = (values: number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length

export const summarizeAlignment = (check: AlignmentCheck): AlignmentSummary => {
  const answers = Object.values(check.answers)
  const perQuestion = Object.fromEntries(
    ALIGNMENT_QUESTIONS.map((q) => [
      q.id,
      mean(
        answers.flatMap((a) => {
          const value = a[q.id]
          return value === undefined ? [] : [value]
        }),
      ),
    ]),
  ) as Record<AlignmentQuestionId, number | null>
  return {
    checkId: check.id,
    at: check.at,
    context: check.context,
    respondents: answers.filter((a) => Object.values(a).some((v) => v !== undefined)).length,
    perQuestion,
    overall: mean(Object.values(perQuestion).flatMap((m) => (m === null ? [] : [m]))),
  }
}

/** How alignment moved over time, oldest first; checks nobody answered say nothing and are left out. */
export const alignmentTrend = (tracker: TrackerFile): AlignmentSummary[] =>
  [...tracker.alignment]
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .map(summarizeAlignment)
    .filter((s) => s.respondents > 0)

const keep = (answers: AlignmentCheck['answers'], anonymous: boolean) =>
  Object.fromEntries(Object.entries(answers).filter(([k]) => isAnonymousKey(k) === anonymous))

/**
 * One check per session or review: answering again replaces the earlier answers, keeping the id.
 * Per person (the facilitator's form) and anonymous (from phones) are two halves of one check:
 * saving one half never erases the other.
 */
export const upsertAlignment = (
  tracker: TrackerFile,
  check: Omit<AlignmentCheck, 'id' | 'at'>,
  id: string,
  at: string,
  half: 'people' | 'anonymous' = 'people',
): TrackerFile => {
  const same = (c: AlignmentCheck) =>
    c.context.kind === check.context.kind && c.context.id === check.context.id
  const existing = tracker.alignment.find(same)
  const own = keep(check.answers, half === 'anonymous')
  if (!existing)
    return { ...tracker, alignment: [...tracker.alignment, { ...check, answers: own, id, at }] }
  const answers = { ...keep(existing.answers, half !== 'anonymous'), ...own }
  return {
    ...tracker,
    alignment: tracker.alignment.map((c) =>
      c === existing ? { ...check, answers, id: c.id, at } : c,
    ),
  }
}
