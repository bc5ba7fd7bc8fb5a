import { z } from 'zod'
import { Id, IsoDate, IsoDateTime, LongText, ShortText } from '../library/fields'
import { uniqueBy, uniqueValues } from '../library/unique'

/**
 * What happened after the sessions, for one client: statuses of earlier commitments and goal
 * activities, goal reviews and the adjustments they agreed, alignment checks, cross-training.
 * The sessions themselves stay as they were held; this file is the follow-up written on top.
 */
export const ItemStatus = z.enum(['done', 'in-progress', 'missed', 'dropped'])
export type ItemStatus = z.infer<typeof ItemStatus>

/** "meeting:<workshopId>:<memberId>" or "activity:<workshopId>:<activityId>". */
export const ItemKey = z.string().regex(/^(meeting|activity):[a-z0-9-]{6,64}:[a-z0-9-]{6,64}$/)
export type ItemKey = z.infer<typeof ItemKey>

/** Where a status was recorded: at a later meeting, at a goal review, or between sessions (id: the client). */
export const RecordedAt = z.object({ kind: z.enum(['meeting', 'review', 'between']), id: Id })
export type RecordedAt = z.infer<typeof RecordedAt>

export const StatusUpdate = z.object({
  id: Id,
  itemKey: ItemKey,
  status: ItemStatus,
  note: ShortText,
  at: IsoDateTime,
  recordedAt: RecordedAt,
})
export type StatusUpdate = z.infer<typeof StatusUpdate>

/** A goal review held on (or near) one of the goal workshop's review dates. */
export const GoalReview = z.object({
  id: Id,
  workshopId: Id,
  date: IsoDate,
  heldAt: IsoDateTime,
  /** Support re-recorded at the review: member id → still supports the goals. */
  support: z.record(Id, z.boolean()),
  note: LongText,
})
export type GoalReview = z.infer<typeof GoalReview>

export const AdjustmentField = z.enum([
  'goal-title',
  'goal-criteria',
  'goal-ends',
  'activity-text',
  'activity-owner',
  'activity-due',
])
export type AdjustmentField = z.infer<typeof AdjustmentField>

/** A change to a goal or an activity agreed at a review: what, when, why, and who agreed. */
export const Adjustment = z.object({
  id: Id,
  workshopId: Id,
  reviewId: Id.nullable(),
  field: AdjustmentField,
  /** The goal's or the activity's id. */
  targetId: Id,
  before: z.string().max(5_000).nullable(),
  after: z.string().max(5_000).nullable(),
  reason: z.string().trim().min(1, 'Say why it changes').max(5_000),
  agreedBy: z.array(Id).min(1, 'Say who agreed').max(500).superRefine(uniqueValues('who agreed')),
  at: IsoDateTime,
})
export type Adjustment = z.infer<typeof Adjustment>

/** The opening questions, answered by each person from 1 (not at all) to 5 (completely). */
export const ALIGNMENT_QUESTIONS = [
  { id: 'together', text: 'Sales and marketing work as one team, not in separate worlds.' },
  { id: 'open', text: 'Information flows freely between the two teams; nobody sits in a silo.' },
  { id: 'communication', text: 'When we need each other, communication works.' },
  { id: 'same-direction', text: 'We pull in the same direction rather than against each other.' },
  { id: 'same-page', text: 'We are on the same page about goals and customers.' },
] as const
export type AlignmentQuestionId = (typeof ALIGNMENT_QUESTIONS)[number]['id']
export const AlignmentQuestionId = z.enum(
  ALIGNMENT_QUESTIONS.map((q) => q.id) as [AlignmentQuestionId, ...AlignmentQuestionId[]],
)

export const AlignmentCheck = z.object({
  id: Id,
  at: IsoDateTime,
  /** The session or review it opened. */
  context: z.object({ kind: z.enum(['workshop', 'review']), id: Id }),
  /** Member id → question → 1…5. */
  answers: z.record(Id, z.partialRecord(AlignmentQuestionId, z.number().int().min(1).max(5))),
})
export type AlignmentCheck = z.infer<typeof AlignmentCheck>

export const PairingFocus = z.enum(['shadowing', 'training'])
export type PairingFocus = z.infer<typeof PairingFocus>

export const Pairing = z.object({
  id: Id,
  salesId: Id,
  marketingId: Id,
  date: IsoDate.nullable(),
  focus: PairingFocus,
  topic: ShortText,
  salesLearned: LongText,
  marketingLearned: LongText,
})
export type Pairing = z.infer<typeof Pairing>

export const TRACKER_SCHEMA_VERSION = 1

export const TrackerFile = z.object({
  schemaVersion: z.literal(TRACKER_SCHEMA_VERSION),
  /** Always "tracker": one per client. */
  id: Id,
  clientId: Id,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  revision: z.number().int().nonnegative(),
  updates: z.array(StatusUpdate).max(20_000).superRefine(uniqueBy('id', 'status updates')),
  reviews: z.array(GoalReview).max(2_000).superRefine(uniqueBy('id', 'reviews')),
  adjustments: z.array(Adjustment).max(5_000).superRefine(uniqueBy('id', 'adjustments')),
  alignment: z.array(AlignmentCheck).max(2_000).superRefine(uniqueBy('id', 'alignment checks')),
  pairings: z.array(Pairing).max(2_000).superRefine(uniqueBy('id', 'pairings')),
})
export type TrackerFile = z.infer<typeof TrackerFile>

export const TRACKER_ID = 'tracker'

export const emptyTracker = (clientId: string, now: string): TrackerFile => ({
  schemaVersion: TRACKER_SCHEMA_VERSION,
  id: TRACKER_ID,
  clientId,
  createdAt: now,
  updatedAt: now,
  revision: 0,
  updates: [],
  reviews: [],
  adjustments: [],
  alignment: [],
  pairings: [],
})
