import type {
  AgreementFile,
  AgreementTerms,
  Availability,
  Rating,
} from '../../../shared/comms/agreement'
import {
  AGREEMENT_SCHEMA_VERSION,
  AgreementFile as AgreementFileSchema,
} from '../../../shared/comms/agreement'
import { defaultAvailability, defaultChannels } from '../../../shared/comms/defaults'
import { newId } from '../../../shared/library/fields'
import type { PersonKey, SampleContext } from './team'
import { EVERYONE, idOf, momentAt, participantOf } from './team'

const ZONE = 'Europe/Berlin'
const TEAM_CHAT = 'team-chat'
/** Channel order of the scores below: the seven built-ins, then the team's own chat. */
const CHANNEL_ORDER = [
  'phone',
  'voicemail',
  'in-person',
  'email',
  'text',
  'social',
  'note',
  TEAM_CHAT,
]

/** Each person's 1…5 per channel, as they rated them at the start of the builder session. */
const SCORES: Record<PersonKey, number[]> = {
  lena: [5, 2, 5, 3, 4, 1, 2, 4],
  mehmet: [5, 3, 4, 2, 5, 1, 1, 3],
  jonas: [4, 1, 3, 4, 4, 2, 2, 5],
  sophie: [3, 1, 4, 5, 3, 3, 2, 5],
  zofia: [3, 2, 4, 4, 4, 4, 1, 5],
  aiko: [2, 1, 3, 5, 3, 3, 2, 5],
  katrin: [4, 3, 5, 4, 3, 1, 3, 3],
}
const NOTES: Partial<Record<PersonKey, Partial<Record<string, string>>>> = {
  mehmet: { email: 'I read it in the evening, not on the road', text: 'Works between visits' },
  aiko: { phone: 'Please warn me in the chat first' },
  jonas: { voicemail: 'I rarely listen to them' },
}

const ratings = (ctx: SampleContext): Record<string, Record<string, Rating>> =>
  Object.fromEntries(
    EVERYONE.map((key) => [
      idOf(ctx, key),
      Object.fromEntries(
        CHANNEL_ORDER.map((channel, i) => [
          channel,
          { score: SCORES[key][i] ?? null, note: NOTES[key]?.[channel] ?? '' },
        ]),
      ),
    ]),
  )

type Hours = [start: string, end: string]
const HOURS: Record<PersonKey, Hours> = {
  lena: ['08:00', '16:30'],
  mehmet: ['08:00', '17:00'],
  jonas: ['09:00', '17:30'],
  sophie: ['08:00', '16:30'],
  zofia: ['09:00', '17:30'],
  aiko: ['09:00', '17:00'],
  katrin: ['08:00', '17:30'],
}

const person = (ctx: SampleContext, key: PersonKey): Availability => {
  const [workStart, workEnd] = HOURS[key]
  const base = { ...defaultAvailability(idOf(ctx, key), ZONE), workStart, workEnd }
  const onTheRoad = key === 'mehmet'
  return {
    ...base,
    weeklyOffGrid: onTheRoad
      ? [{ id: newId(), day: 2, start: '08:00', end: '12:00', label: 'Customer visits' }]
      : [],
    preferredChannel: key === 'aiko' || key === 'sophie' ? TEAM_CHAT : 'in-person',
    urgentChannel: onTheRoad ? 'text' : 'phone',
    urgentNote: onTheRoad ? 'On visits: a text, I answer between customers' : '',
  }
}

const level = (
  name: string,
  urgency: 'urgent' | 'today' | 'week' | 'fyi',
  primary: string,
  fallback: string | null,
  responseMinutes: number,
  noAnswer: string,
) => ({ id: newId(), name, urgency, primary, fallback, responseMinutes, noAnswer })

const terms = (ctx: SampleContext): AgreementTerms => ({
  channels: [
    ...defaultChannels().map((c) =>
      c.id === 'social' || c.id === 'voicemail' ? { ...c, inUse: false } : c,
    ),
    { id: TEAM_CHAT, name: 'Team chat', fast: true, builtIn: false, inUse: true },
  ],
  levels: [
    level('Urgent', 'urgent', 'phone', 'text', 15, 'Call their urgent number, then Katrin.'),
    level('Today', 'today', TEAM_CHAT, 'phone', 240, 'Call before 16:00 the same day.'),
    level('This week', 'week', 'email', 'in-person', 960, 'Raise it at the Monday call.'),
    level('FYI', 'fyi', 'email', null, 2400, 'No answer needed.'),
  ],
  people: EVERYONE.map((key) => person(ctx, key)),
})

/** Version 1, published after the builder session and acknowledged by all but two people. */
export const sampleAgreement = (ctx: SampleContext): AgreementFile => {
  const created = momentAt(ctx, -9, 10).toISOString()
  const published = momentAt(ctx, -9, 10, 25).toISOString()
  const agreed = terms(ctx)
  const acknowledgedBy: PersonKey[] = ['lena', 'jonas', 'sophie', 'aiko', 'katrin']
  return AgreementFileSchema.parse({
    schemaVersion: AGREEMENT_SCHEMA_VERSION,
    id: newId(),
    clientId: ctx.clientId,
    title: 'How Nordwind’s sales and marketing reach each other',
    participants: EVERYONE.map((key) => participantOf(ctx, key)),
    createdAt: created,
    updatedAt: published,
    revision: 0,
    ratings: ratings(ctx),
    terms: agreed,
    versions: [
      {
        number: 1,
        publishedAt: published,
        note: 'Agreed in the builder session',
        terms: agreed,
        acknowledgements: Object.fromEntries(
          acknowledgedBy.map((key, i) => [
            idOf(ctx, key),
            momentAt(ctx, i < 3 ? -9 : -8, 11, 5 * i).toISOString(),
          ]),
        ),
      },
    ],
  })
}
