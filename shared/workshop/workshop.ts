import { z } from 'zod'
import { Id, IsoDate, IsoDateTime, LIMITS, LongText, Name, ShortText } from '../library/fields'
import { MeetingBoard } from '../meeting/meeting'
import { TimerStateSchema } from './timer'
import { uniqueBy, uniqueValues } from '../library/unique'

export const ActivityKind = z.enum(['continue', 'stop', 'improve'])
export type ActivityKind = z.infer<typeof ActivityKind>
export const ActivityTag = z.enum(['sales', 'marketing', 'joint'])
export type ActivityTag = z.infer<typeof ActivityTag>
/** One department's fifteen minutes, or sales and marketing together for their collective goals. */
export const SessionScope = z.enum(['sales', 'marketing', 'joint'])
export type SessionScope = z.infer<typeof SessionScope>

const ActivityText = z.string().trim().min(1, 'Say what the activity is').max(LIMITS.longText)

export const Activity = z.object({
  id: Id,
  text: ActivityText,
  kind: ActivityKind,
  tag: ActivityTag,
  proposedBy: Id.nullable(),
  ownerId: Id.nullable(),
  dueDate: IsoDate.nullable(),
})
export type Activity = z.infer<typeof Activity>

export const Goal = z.object({
  id: Id,
  title: z.string().trim().max(LIMITS.shortText),
  criteria: LongText,
  begins: IsoDate.nullable(),
  ends: IsoDate.nullable(),
  activityIds: z.array(Id).max(500).superRefine(uniqueValues('a goal’s activities')),
  confirmed: z.boolean(),
})
export type Goal = z.infer<typeof Goal>

export const Participant = z.object({
  memberId: Id,
  name: Name,
  department: z.enum(['sales', 'marketing', 'management', 'other']),
})
export type Participant = z.infer<typeof Participant>

export const Commitment = z.object({ text: LongText, committed: z.boolean() })
export type Commitment = z.infer<typeof Commitment>
export const Support = z.object({ supported: z.boolean(), note: ShortText })
export type Support = z.infer<typeof Support>

/** Everything the room builds on the board; saved as typed, separately from the clock. */
export const Board = z.object({
  activities: z.array(Activity).max(1000).superRefine(uniqueBy('id', 'activities')),
  goals: z.array(Goal).max(20).superRefine(uniqueBy('id', 'goals')),
  reviewDates: z.array(IsoDate.nullable()).length(4),
  calledMemberId: Id.nullable(),
  /** Keyed by member id: each participant's own commitment, and everyone's support incl. the manager. */
  commitments: z.record(Id, Commitment),
  support: z.record(Id, Support),
})
export type Board = z.infer<typeof Board>

/**
 * Version 2 added the session kind, so a communication builder runs on the same clock and screens;
 * version 3 the action-plan meeting and its board; version 4 the facilitator's notes per phase.
 */
export const WORKSHOP_SCHEMA_VERSION = 4

export const SessionKind = z.enum(['goals', 'comms', 'actions'])
export type SessionKind = z.infer<typeof SessionKind>

export const WorkshopFile = z.object({
  schemaVersion: z.literal(WORKSHOP_SCHEMA_VERSION),
  id: Id,
  clientId: Id,
  kind: SessionKind,
  /** The agreement a communication session builds; null for goal workshops. */
  agreementId: Id.nullable(),
  title: Name,
  scope: SessionScope,
  /** The people in the room, with names copied so the history reads right after a member leaves. */
  participants: z
    .array(Participant)
    .max(LIMITS.members)
    .superRefine(uniqueBy('memberId', 'participants')),
  manager: z.object({ memberId: Id, name: Name }).nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  revision: z.number().int().nonnegative(),
  timer: TimerStateSchema,
  audienceBlanked: z.boolean(),
  board: Board,
  /** The action-plan meeting's board; null for other kinds. */
  meeting: MeetingBoard.nullable(),
})
export type WorkshopFile = z.infer<typeof WorkshopFile>

export const WorkshopSummary = z.object({
  id: Id,
  clientId: Id,
  kind: SessionKind,
  agreementId: Id.nullable(),
  title: z.string(),
  scope: SessionScope,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  status: z.enum(['ready', 'running', 'paused', 'finished']),
  participantCount: z.number().int(),
  goalTitles: z.array(z.string()),
  readOnly: z.boolean(),
})
export type WorkshopSummary = z.infer<typeof WorkshopSummary>

export const emptyBoard = (): Board => ({
  activities: [],
  goals: [],
  reviewDates: [null, null, null, null],
  calledMemberId: null,
  commitments: {},
  support: {},
})
