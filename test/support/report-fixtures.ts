import { sampleAgreement } from '../../electron/services/sample-data/agreement'
import { sampleFollowUp } from '../../electron/services/sample-data/followup'
import { sampleGoalWorkshop } from '../../electron/services/sample-data/goal-workshop'
import { sampleMeeting } from '../../electron/services/sample-data/meeting'
import { sampleClient, sampleContext } from '../../electron/services/sample-data/team'
import type { ClientFile } from '../../shared/library/client'
import type { Adjustment, GoalReview, StatusUpdate } from '../../shared/followup/tracker'
import { emptyTracker } from '../../shared/followup/tracker'
import type { ReportInput } from '../../shared/pdf/build-report'
import type { WorkshopFile } from '../../shared/workshop/workshop'

const DAY = 86_400_000
const STATUSES = ['done', 'in-progress', 'missed', 'done', 'dropped'] as const

const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(6, '0')}`

/** The sample goal workshop again, `days` later, with goals renamed so every copy reads apart. */
const copyOf = (w: WorkshopFile, n: number, goals: number): WorkshopFile => {
  const at = new Date(Date.parse(w.createdAt) + n * 14 * DAY).toISOString()
  const source = w.board.goals
  return {
    ...w,
    id: id('bench-ws', n),
    title: `Quarter ${n + 1} team goals`,
    createdAt: at,
    updatedAt: at,
    board: {
      ...w.board,
      goals: Array.from({ length: goals }, (_, g) => ({
        ...source[g % source.length]!,
        id: id(`bench-g${n}`, g),
        title: `${source[g % source.length]!.title} (round ${n + 1}.${g + 1})`,
      })),
    },
  }
}

/**
 * A client after a long engagement, built from the sample company: `sessions` goal workshops of
 * `goalsEach` goals, the sample meeting and agreement, `reviews` goal reviews with an adjustment
 * each, statuses on every activity and an alignment check per review.
 */
export const engagementInput = (
  sessions = 3,
  goalsEach = 3,
  reviews = 4,
  now = new Date('2027-03-01T16:00:00Z'),
): ReportInput => engagementFixture(sessions, goalsEach, reviews, now).input

/** The same, with the client's own file, to write into a library. */
export const engagementFixture = (
  sessions: number,
  goalsEach: number,
  reviews: number,
  now: Date,
): { input: ReportInput; client: ClientFile } => {
  const ctx = sampleContext('sample-report-fixture', now)
  const base = sampleGoalWorkshop(ctx)
  const meeting = sampleMeeting(ctx)
  const workshops = Array.from({ length: sessions }, (_, n) => copyOf(base, n, goalsEach))
  const tracker = sampleFollowUp(ctx, base, meeting)(emptyTracker(ctx.clientId, now.toISOString()))
  const people = [...base.participants, ...(base.manager ? [base.manager] : [])]
  const goalReviews: GoalReview[] = Array.from({ length: reviews }, (_, r) => {
    const w = workshops[r % workshops.length]!
    const at = new Date(Date.parse(w.createdAt) + (r + 1) * 7 * DAY).toISOString()
    return {
      id: id('bench-rv', r),
      workshopId: w.id,
      date: at.slice(0, 10),
      heldAt: at,
      support: Object.fromEntries(people.map((p, i) => [p.memberId, (i + r) % 4 !== 0])),
      note: `Review ${r + 1}: the hand-over call works; the calendar still lags behind.`,
    }
  })
  const adjustments: Adjustment[] = goalReviews.map((r, i) => {
    const w = workshops.find((x) => x.id === r.workshopId)!
    return {
      id: id('bench-adj', i),
      workshopId: w.id,
      reviewId: r.id,
      field: 'goal-ends',
      targetId: w.board.goals[0]!.id,
      before: w.board.goals[0]!.ends,
      after: new Date(Date.parse(r.heldAt) + 60 * DAY).toISOString().slice(0, 10),
      reason: 'The trade fair took two weeks out of the quarter.',
      agreedBy: people.slice(0, 3).map((p) => p.memberId),
      at: r.heldAt,
    }
  })
  const updates: StatusUpdate[] = workshops.flatMap((w, n) =>
    w.board.activities.map((a, i) => ({
      id: id(`bench-up${n}`, i),
      itemKey: `activity:${w.id}:${a.id}`,
      status: STATUSES[(i + n) % STATUSES.length]!,
      note: i % 3 === 0 ? 'Checked at the review' : '',
      at: new Date(Date.parse(w.createdAt) + (i + 3) * DAY).toISOString(),
      recordedAt: { kind: 'between' as const, id: ctx.clientId },
    })),
  )
  const checks = goalReviews.map((r, i) => ({
    id: id('bench-al', i),
    at: r.heldAt,
    context: { kind: 'review' as const, id: r.id },
    answers: Object.fromEntries(
      people.map((p, j) => [
        p.memberId,
        { together: Math.min(5, 2 + ((i + j) % 4)), 'same-page': Math.min(5, 2 + (i % 4)) },
      ]),
    ),
  }))
  const input: ReportInput = {
    clientName: 'Nordwind Outdoor GmbH',
    facilitatorName: 'Françoise Lefèvre',
    today: now.toISOString().slice(0, 10),
    sessions: [...workshops, meeting],
    tracker: {
      ...tracker,
      reviews: goalReviews,
      adjustments,
      updates: [...tracker.updates, ...updates],
      alignment: [...tracker.alignment, ...checks],
    },
    agreements: [sampleAgreement(ctx)],
  }
  return { input, client: { ...sampleClient(ctx), name: input.clientName } }
}
