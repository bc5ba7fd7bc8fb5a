import type { ClientFile, Member } from '../../../shared/library/client'
import {
  CLIENT_SCHEMA_VERSION,
  ClientFile as ClientFileSchema,
} from '../../../shared/library/client'
import { newId } from '../../../shared/library/fields'
import type { Participant } from '../../../shared/workshop/workshop'

export const SAMPLE_CLIENT_NAME = 'Sample: Nordwind Outdoor GmbH'

/** Invented people of an invented company; names from several scripts, as real teams have. */
const PEOPLE = {
  lena: { name: 'Lena Hoffmann', department: 'sales', role: 'Key account manager' },
  mehmet: { name: 'Mehmet Yıldız', department: 'sales', role: 'Field sales, south' },
  jonas: { name: 'Jonas Brandt', department: 'sales', role: 'Inside sales' },
  sophie: { name: 'Sophie Wagner', department: 'marketing', role: 'Marketing lead' },
  zofia: { name: 'Zofia Wiśniewska', department: 'marketing', role: 'Campaigns and trade fairs' },
  aiko: { name: '田中 愛子 (Aiko Tanaka)', department: 'marketing', role: 'Content and webinars' },
  katrin: { name: 'Katrin Vogel', department: 'management', role: 'Head of sales and marketing' },
} as const
export type PersonKey = keyof typeof PEOPLE

export const SALES: readonly PersonKey[] = ['lena', 'mehmet', 'jonas']
export const MARKETING: readonly PersonKey[] = ['sophie', 'zofia', 'aiko']
export const TEAM: readonly PersonKey[] = [...SALES, ...MARKETING]
export const EVERYONE: readonly PersonKey[] = [...TEAM, 'katrin']

/** What every part of the sample is built from: one client, its people, and the sample's "today". */
export interface SampleContext {
  clientId: string
  people: Record<PersonKey, Member>
  now: Date
}

const DAY_MS = 86_400_000

/** A moment `days` from the sample's today at a UTC time of day, so the sample never looks stale. */
export const momentAt = (ctx: SampleContext, days: number, hour = 9, minute = 0): Date => {
  const d = new Date(ctx.now.getTime() + days * DAY_MS)
  d.setUTCHours(hour, minute, 0, 0)
  return d
}
export const dateAt = (ctx: SampleContext, days: number): string =>
  momentAt(ctx, days).toISOString().slice(0, 10)

export const participantOf = (ctx: SampleContext, key: PersonKey): Participant => {
  const m = ctx.people[key]
  return { memberId: m.id, name: m.name, department: m.department }
}

export const idOf = (ctx: SampleContext, key: PersonKey): string => ctx.people[key].id

export const sampleContext = (clientId: string, now: Date): SampleContext => {
  const people = Object.fromEntries(
    Object.entries(PEOPLE).map(([key, p]) => [
      key,
      { id: newId(), ...p, email: '', phone: '' } satisfies Member,
    ]),
  ) as Record<PersonKey, Member>
  return { clientId, people, now }
}

export const sampleClient = (ctx: SampleContext): ClientFile => {
  const created = momentAt(ctx, -24, 8).toISOString()
  return ClientFileSchema.parse({
    schemaVersion: CLIENT_SCHEMA_VERSION,
    id: ctx.clientId,
    name: SAMPLE_CLIENT_NAME,
    industry: 'Outdoor equipment (invented sample)',
    notes:
      'A made-up company to show what the app produces: a finished goal workshop, a communication agreement and the follow-up after it. Look around, change anything, and remove it from the library when you are done.',
    archived: false,
    createdAt: created,
    updatedAt: created,
    revision: 0,
    members: EVERYONE.map((key) => ctx.people[key]),
  })
}
