import { z } from 'zod'
import { AlignmentQuestionId } from '../followup/tracker'
import { Id } from '../library/fields'
import { Activity, ActivityKind, ActivityTag, SessionKind } from '../workshop/workshop'
import { ProposalStatus } from './contract'
import { PhoneCommsAnswer } from './session-parts'

/**
 * The facilitator's side of "Team devices": calls in the main contract (the console's), and the
 * status every app window receives. Phones never see this shape.
 */
export const Projecting = z.enum(['board', 'join', 'votes', 'alignment'])
export type Projecting = z.infer<typeof Projecting>

export const VoteResult = z.object({
  activityId: Id,
  text: z.string(),
  count: z.number().int(),
  /** Names of who put dots here: only in open voting. */
  voters: z.array(z.string()).nullable(),
})
export type VoteResult = z.infer<typeof VoteResult>

export const DeviceStatus = z.object({
  clientId: Id,
  workshopId: Id,
  kind: SessionKind,
  /** The address the QR code holds, with the session's secret after the #. */
  joinUrl: z.string(),
  /** The short address to type, and the room code it asks for. */
  address: z.string(),
  code: z.string(),
  projecting: Projecting,
  autoAccept: z.boolean(),
  devices: z.number().int(),
  maxDevices: z.number().int(),
  people: z.array(z.object({ memberId: Id, name: z.string(), joined: z.boolean() })),
  guests: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      status: z.enum(['pending', 'approved', 'declined']),
    }),
  ),
  queue: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      kind: ActivityKind,
      tag: ActivityTag,
      by: z.string(),
      status: ProposalStatus,
    }),
  ),
  voting: z
    .object({
      id: z.string(),
      status: z.enum(['open', 'closed', 'revealed']),
      dots: z.number().int(),
      open: z.boolean(),
      voted: z.array(z.string()),
      /** Hidden from everyone, the console included, until the facilitator reveals it. */
      results: z.array(VoteResult).nullable(),
    })
    .nullable(),
  alignment: z
    .object({
      status: z.enum(['open', 'closed']),
      answeredBy: z.array(z.string()),
      /** Mean per question; null until at least three have answered. */
      aggregate: z.record(AlignmentQuestionId, z.number().nullable()).nullable(),
    })
    .nullable(),
  commitments: z.array(
    z.object({ memberId: Id, name: z.string(), text: z.string(), note: z.string() }),
  ),
  /** Communication sessions: ratings and hours from phones, waiting for the console to take. */
  phoneComms: z.array(PhoneCommsAnswer),
  /** What people answered from their phones in this session, newest last. */
  answers: z.array(z.object({ name: z.string(), what: z.string() })),
})
export type DeviceStatus = z.infer<typeof DeviceStatus>

export const NetworkChoice = z.object({ address: z.string(), label: z.string() })
export type NetworkChoice = z.infer<typeof NetworkChoice>

const none = z.object({}).strict()
const Address = z.string().regex(/^\d{1,3}(\.\d{1,3}){3}$/, 'Choose a network address')

export const Settle = z.discriminatedUnion('outcome', [
  z
    .object({
      outcome: z.literal('accept'),
      proposalId: z.string().max(64),
      text: z.string().trim().min(1).max(5_000).optional(),
      kind: ActivityKind.optional(),
      tag: ActivityTag.optional(),
    })
    .strict(),
  z.object({ outcome: z.literal('merge'), proposalId: z.string().max(64), into: Id }).strict(),
  z.object({ outcome: z.literal('reject'), proposalId: z.string().max(64) }).strict(),
])
export type Settle = z.infer<typeof Settle>

export const VotingAction = z.discriminatedUnion('action', [
  z
    .object({
      action: z.literal('open'),
      dots: z.number().int().min(1).max(10),
      open: z.boolean(),
    })
    .strict(),
  z.object({ action: z.enum(['close', 'reveal', 'clear']) }).strict(),
])
export type VotingAction = z.infer<typeof VotingAction>

export const deviceCalls = {
  /** The machine's private IPv4 addresses, and loopback for this computer alone. */
  'devices:interfaces': { input: none, output: z.array(NetworkChoice) },
  'devices:status': { input: none, output: DeviceStatus.nullable() },
  'devices:start': {
    input: z.object({ clientId: Id, workshopId: Id, address: Address }).strict(),
    output: DeviceStatus,
  },
  'devices:stop': { input: none, output: z.null() },
  'devices:project': { input: z.object({ show: Projecting }).strict(), output: DeviceStatus },
  'devices:autoAccept': { input: z.object({ on: z.boolean() }).strict(), output: DeviceStatus },
  /** The console puts an accepted activity on its board itself: the board has one writer. */
  'devices:settle': {
    input: Settle,
    output: z.object({ status: DeviceStatus, activity: Activity.nullable() }),
  },
  'devices:release': { input: z.object({ memberId: Id }).strict(), output: DeviceStatus },
  'devices:guest': {
    input: z.object({ guestId: z.string().max(64), approve: z.boolean() }).strict(),
    output: DeviceStatus,
  },
  'devices:voting': { input: VotingAction, output: DeviceStatus },
  'devices:alignment': {
    input: z.object({ action: z.enum(['open', 'close']) }).strict(),
    output: DeviceStatus,
  },
  /** The console took a phone's ratings and hours into its agreement (seq: which answer). */
  'devices:takeComms': {
    input: z.object({ memberId: Id, seq: z.number().int().min(1) }).strict(),
    output: DeviceStatus,
  },
  'devices:commitment': {
    input: z.object({ memberId: Id, confirm: z.boolean() }).strict(),
    output: z.object({
      status: DeviceStatus,
      commitment: z.object({ text: z.string(), note: z.string() }).nullable(),
    }),
  },
} as const
