import { z } from 'zod'
import { Availability, ChannelId, Rating } from '../comms/agreement'
import { MAX_CHANNELS } from '../comms/edits'
import { IsoDateTime } from '../library/fields'
import { ItemKey, ItemStatus, StatusUpdate } from '../followup/tracker'

/**
 * What phones send and see in a communication session and an action-plan meeting. Every input is
 * cut from the schemas the facilitator's own screens save through, so a phone can say nothing the
 * console could not; none of them names a person: the phone's claimed name says whose it is.
 */

/** The worksheet row of one person: a rating per channel, keyed by channel id. */
export const PhoneRatings = z
  .record(ChannelId, Rating)
  .refine((r) => Object.keys(r).length <= MAX_CHANNELS, 'Too many channels in one answer')
export type PhoneRatings = z.infer<typeof PhoneRatings>

/** Hours, zone and weekly off-grid times; dated blocks and urgent channels stay the console's. */
export const PhoneAvailability = Availability.pick({
  timeZone: true,
  workDays: true,
  workStart: true,
  workEnd: true,
  weeklyOffGrid: true,
}).strict()
export type PhoneAvailability = z.infer<typeof PhoneAvailability>

export const phoneSessionCalls = {
  'comms:ratings': { input: z.object({ ratings: PhoneRatings }).strict() },
  'comms:availability': { input: z.object({ availability: PhoneAvailability }).strict() },
  /** Only the latest published version can be acknowledged: the one the room just saw. */
  'comms:acknowledge': { input: z.object({ version: z.number().int().min(1) }).strict() },
  'meeting:status': {
    input: z
      .object({ itemKey: ItemKey, status: ItemStatus, note: StatusUpdate.shape.note })
      .strict(),
  },
} as const

/** One phone's part of a communication session. */
export const CommsPart = z.object({
  channels: z.array(z.object({ id: z.string(), name: z.string() })),
  ratings: PhoneRatings,
  availability: PhoneAvailability.nullable(),
  /** 'waiting' until the console has taken the phone's answers into the agreement. */
  sent: z.enum(['none', 'waiting', 'taken']),
  agreement: z
    .object({
      version: z.number().int(),
      publishedAt: IsoDateTime,
      levels: z.array(z.object({ name: z.string(), rule: z.string() })),
      acknowledgedAt: IsoDateTime.nullable(),
    })
    .nullable(),
})
export type CommsPart = z.infer<typeof CommsPart>

/** One phone's own earlier commitments in an action-plan meeting, with their latest status. */
export const MeetingPart = z.object({
  items: z.array(
    z.object({
      key: z.string(),
      text: z.string(),
      detail: z.string(),
      session: z.string(),
      dueDate: z.string().nullable(),
      status: z.enum(['open', ...ItemStatus.options]),
      note: z.string(),
    }),
  ),
})
export type MeetingPart = z.infer<typeof MeetingPart>

/** A phone's comms answers waiting for the console, and who has answered in this session. */
export const PhoneCommsAnswer = z.object({
  memberId: z.string(),
  name: z.string(),
  seq: z.number().int(),
  ratings: PhoneRatings.nullable(),
  availability: PhoneAvailability.nullable(),
})
export type PhoneCommsAnswer = z.infer<typeof PhoneCommsAnswer>
