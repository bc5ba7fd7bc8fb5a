import { z } from 'zod'
import { AlignmentQuestionId } from '../followup/tracker'
import { Id, LIMITS, Name, ShortText } from '../library/fields'
import { ActivityKind, ActivityTag, SessionKind } from '../workshop/workshop'
import { phoneSessionCalls, CommsPart, MeetingPart } from './session-parts'

/**
 * The participant server's own contract: what a phone in the room may ask, and nothing else. No
 * call names a client, a session or a file: a device token belongs to one running session, and
 * every answer is cut from that session alone.
 */
const none = z.object({}).strict()

/** A room code is typed on a phone: six letters and digits that cannot be mistaken for each other. */
export const ROOM_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const RoomCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{6}$/, 'The room code has six letters and digits')
export const JoinSecret = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, 'Not a valid join link')

export const JoinRequest = z.union([
  z.object({ secret: JoinSecret }).strict(),
  z.object({ code: RoomCode }).strict(),
])
export type JoinRequest = z.infer<typeof JoinRequest>
export const JoinReply = z.object({ token: z.string() })

const ProposalText = z.string().trim().min(1, 'Say what the activity is').max(LIMITS.longText)
export const Ballot = z.record(Id, z.number().int().min(0).max(10))
export type Ballot = z.infer<typeof Ballot>
export const AlignmentAnswers = z.partialRecord(AlignmentQuestionId, z.number().int().min(1).max(5))
export type AlignmentAnswers = z.infer<typeof AlignmentAnswers>

export const ProposalStatus = z.enum(['pending', 'accepted', 'merged', 'rejected'])
export type ProposalStatus = z.infer<typeof ProposalStatus>

/** What one phone sees: its own name, proposals, ballot and answers, and the room's shared state. */
export const ParticipantView = z.object({
  session: z.object({
    title: z.string(),
    phase: z.string(),
    finished: z.boolean(),
    kind: SessionKind,
  }),
  me: z.object({
    status: z.enum(['choose-name', 'waiting-approval', 'declined', 'ready']),
    name: z.string().nullable(),
    guest: z.boolean(),
  }),
  /** The team's names while this phone has none; taken names cannot be chosen. */
  roster: z.array(z.object({ memberId: Id, name: z.string(), taken: z.boolean() })),
  board: z.array(z.object({ id: Id, text: z.string(), kind: ActivityKind, tag: ActivityTag })),
  proposals: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      kind: ActivityKind,
      tag: ActivityTag,
      status: ProposalStatus,
    }),
  ),
  voting: z
    .object({
      status: z.enum(['open', 'closed', 'revealed']),
      dots: z.number().int(),
      options: z.array(z.object({ activityId: Id, text: z.string() })),
      ballot: Ballot,
      results: z
        .array(z.object({ activityId: Id, text: z.string(), count: z.number() }))
        .nullable(),
    })
    .nullable(),
  alignment: z
    .object({
      status: z.enum(['open', 'closed']),
      questions: z.array(z.object({ id: AlignmentQuestionId, text: z.string() })),
      answers: AlignmentAnswers.nullable(),
      answered: z.number().int(),
      /** Mean per question; null until at least three people have answered. */
      aggregate: z.record(z.string(), z.number().nullable()).nullable(),
    })
    .nullable(),
  commitment: z.object({
    text: z.string(),
    note: z.string(),
    status: z.enum(['none', 'pending', 'confirmed']),
  }),
  /** A goal sheet can be downloaded once the phone has a team member's name. */
  sheet: z.boolean(),
  /** Communication sessions only: this person's ratings, hours and the agreement to acknowledge. */
  comms: CommsPart.nullable(),
  /** Action-plan meetings only: this person's earlier commitments to report on. */
  meeting: MeetingPart.nullable(),
})
export type ParticipantView = z.infer<typeof ParticipantView>

export const participantContract = {
  'me:view': { input: none, output: ParticipantView },
  'name:claim': { input: z.object({ memberId: Id }).strict(), output: ParticipantView },
  'name:guest': { input: z.object({ name: Name }).strict(), output: ParticipantView },
  'proposal:add': {
    input: z.object({ text: ProposalText, kind: ActivityKind, tag: ActivityTag }).strict(),
    output: ParticipantView,
  },
  'vote:cast': { input: z.object({ ballot: Ballot }).strict(), output: ParticipantView },
  'alignment:answer': {
    input: z.object({ answers: AlignmentAnswers }).strict(),
    output: ParticipantView,
  },
  'commitment:set': {
    input: z
      .object({
        text: z.string().trim().min(1, 'Write what you commit to').max(LIMITS.longText),
        note: ShortText,
      })
      .strict(),
    output: ParticipantView,
  },
  'comms:ratings': { ...phoneSessionCalls['comms:ratings'], output: ParticipantView },
  'comms:availability': { ...phoneSessionCalls['comms:availability'], output: ParticipantView },
  'comms:acknowledge': { ...phoneSessionCalls['comms:acknowledge'], output: ParticipantView },
  'meeting:status': { ...phoneSessionCalls['meeting:status'], output: ParticipantView },
} as const

export type ParticipantContract = typeof participantContract
export type ParticipantCall = keyof ParticipantContract
export const isParticipantCall = (name: string): name is ParticipantCall =>
  Object.hasOwn(participantContract, name)

/** The one event a phone receives: its whole view, whenever anything it can see changed. */
export const participantEvents = { view: ParticipantView, ended: z.object({ reason: z.string() }) }
