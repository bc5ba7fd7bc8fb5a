import { z } from 'zod'
import { Id, IsoDateTime, LongText, Name, ShortText } from '../library/fields'
import { Participant } from '../workshop/workshop'
import { uniqueBy, uniqueValues } from '../library/unique'

/** The worksheet's seven channels; a team adds its own (the company chat, a video tool). */
export const BUILT_IN_CHANNELS = [
  { id: 'phone', name: 'Phone call', fast: true },
  { id: 'voicemail', name: 'Voicemail', fast: false },
  { id: 'in-person', name: 'In person', fast: true },
  { id: 'email', name: 'Email', fast: false },
  { id: 'text', name: 'Text message', fast: true },
  { id: 'social', name: 'Social media', fast: false },
  { id: 'note', name: 'Written note', fast: false },
] as const
export type BuiltInChannelId = (typeof BUILT_IN_CHANNELS)[number]['id']

/** Five steps, 1 = avoid it whenever possible, 5 = always happy with it. */
export const RATING_STEPS = [1, 2, 3, 4, 5] as const
export const Score = z.number().int().min(1).max(5)
export type Score = z.infer<typeof Score>

export const ChannelId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'Not a valid channel id')

export const Rating = z.object({ score: Score.nullable(), note: ShortText })
export type Rating = z.infer<typeof Rating>

export const Channel = z.object({
  id: ChannelId,
  name: Name,
  /** Read within minutes when the person is reachable (phone, text); email and paper are not. */
  fast: z.boolean(),
  builtIn: z.boolean(),
  /** Part of the agreement; a built-in the team does not use stays listed, switched off. */
  inUse: z.boolean(),
})
export type Channel = z.infer<typeof Channel>

export const Urgency = z.enum(['urgent', 'today', 'week', 'fyi'])
export type Urgency = z.infer<typeof Urgency>

export const MessageLevel = z.object({
  id: Id,
  name: Name,
  urgency: Urgency,
  primary: ChannelId.nullable(),
  fallback: ChannelId.nullable(),
  /** Minutes within working hours; null until the team agrees on one. */
  responseMinutes: z
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 31)
    .nullable(),
  noAnswer: LongText,
})
export type MessageLevel = z.infer<typeof MessageLevel>

/** "HH:MM", 24-hour clock, in the person's own time zone. */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM, e.g. 09:00')
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const Weekday = z.number().int().min(1).max(7)
/** A wall-clock moment in the person's zone, as typed: "2026-03-29T08:00". */
export const LocalDateTime = z
  .string()
  .regex(/^\d{4}-\d\d-\d\dT([01]\d|2[0-3]):[0-5]\d$/, 'Use a date and a time')

/** A block that repeats every week; an end before its start runs past midnight into the next day. */
export const WeeklyBlock = z.object({
  id: Id,
  day: Weekday,
  start: ClockTime,
  end: ClockTime,
  label: ShortText,
})
export type WeeklyBlock = z.infer<typeof WeeklyBlock>

export const DatedBlock = z.object({
  id: Id,
  from: LocalDateTime,
  to: LocalDateTime,
  label: ShortText,
})
export type DatedBlock = z.infer<typeof DatedBlock>

export const Availability = z.object({
  memberId: Id,
  timeZone: z.string().min(1).max(64),
  workDays: z.array(Weekday).max(7).superRefine(uniqueValues('the work days')),
  workStart: ClockTime,
  workEnd: ClockTime,
  weeklyOffGrid: z.array(WeeklyBlock).max(50).superRefine(uniqueBy('id', 'off-grid times')),
  datedOffGrid: z.array(DatedBlock).max(100).superRefine(uniqueBy('id', 'off-grid dates')),
  preferredChannel: ChannelId.nullable(),
  /** How to reach this person when it cannot wait, also while off the grid. */
  urgentChannel: ChannelId.nullable(),
  urgentNote: ShortText,
})
export type Availability = z.infer<typeof Availability>

/** What a version freezes: the rules people acknowledge. Ratings are the workshop's input, not rules. */
export const AgreementTerms = z.object({
  channels: z.array(Channel).max(40).superRefine(uniqueBy('id', 'channels')),
  levels: z.array(MessageLevel).max(12).superRefine(uniqueBy('id', 'message levels')),
  people: z.array(Availability).max(500).superRefine(uniqueBy('memberId', 'people')),
})
export type AgreementTerms = z.infer<typeof AgreementTerms>

export const AgreementVersion = z.object({
  number: z.number().int().min(1),
  publishedAt: IsoDateTime,
  note: ShortText,
  terms: AgreementTerms,
  /** Member id → when they acknowledged this version. */
  acknowledgements: z.record(Id, IsoDateTime),
})
export type AgreementVersion = z.infer<typeof AgreementVersion>

export const AGREEMENT_SCHEMA_VERSION = 1

export const AgreementFile = z.object({
  schemaVersion: z.literal(AGREEMENT_SCHEMA_VERSION),
  id: Id,
  clientId: Id,
  title: Name,
  participants: z.array(Participant).max(500).superRefine(uniqueBy('memberId', 'participants')),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  revision: z.number().int().nonnegative(),
  /** Member id → channel id → rating. */
  ratings: z.record(Id, z.record(ChannelId, Rating)),
  terms: AgreementTerms,
  versions: z.array(AgreementVersion).max(200).superRefine(uniqueBy('number', 'versions')),
})
export type AgreementFile = z.infer<typeof AgreementFile>

export const AgreementSummary = z.object({
  id: Id,
  clientId: Id,
  title: z.string(),
  updatedAt: IsoDateTime,
  participantCount: z.number().int(),
  latestVersion: z.number().int().nullable(),
  acknowledgedCount: z.number().int(),
  readOnly: z.boolean(),
})
export type AgreementSummary = z.infer<typeof AgreementSummary>
