import { z } from 'zod'
import { Id, IsoDateTime, LIMITS, LongText, Name, ShortText } from './fields'
import { uniqueBy } from './unique'

export const Department = z.enum(['sales', 'marketing', 'management', 'other'])
export type Department = z.infer<typeof Department>

export const DEPARTMENT_LABELS: Record<Department, string> = {
  sales: 'Sales',
  marketing: 'Marketing',
  management: 'Management',
  other: 'Other',
}

const Email = z.union([z.literal(''), z.email('Not an email address').max(LIMITS.shortText)])
const Phone = z
  .string()
  .trim()
  .max(40, 'Keep phone numbers under 40 characters')
  .regex(/^[0-9+()./\s-]*$/, 'Phone numbers use digits, spaces and + ( ) - . / only')

export const MemberFields = z.object({
  name: Name,
  department: Department,
  role: ShortText.default(''),
  email: Email.default(''),
  phone: Phone.default(''),
})
export type MemberFields = z.input<typeof MemberFields>

export const Member = MemberFields.extend({ id: Id })
export type Member = z.infer<typeof Member>

export const ClientFields = z.object({
  name: Name,
  industry: ShortText.default(''),
  notes: LongText.default(''),
})
export type ClientFields = z.input<typeof ClientFields>

/** Version 2 counts saves in `revision`, so an import can tell a newer copy from a concurrent one. */
export const CLIENT_SCHEMA_VERSION = 2

/** The whole of one client's file on disk. */
export const ClientFile = ClientFields.extend({
  schemaVersion: z.literal(CLIENT_SCHEMA_VERSION),
  id: Id,
  archived: z.boolean(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** Saves since the client was created; compared with `updatedAt` when two copies meet. */
  revision: z.number().int().nonnegative(),
  members: z.array(Member).max(LIMITS.members).superRefine(uniqueBy('id', 'members')),
})
export type ClientFile = z.infer<typeof ClientFile>

/** What the library list needs, kept in the index so opening the library reads one small file. */
export const ClientSummary = z.object({
  id: Id,
  name: z.string(),
  industry: z.string(),
  archived: z.boolean(),
  memberCount: z.number().int().nonnegative(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  readOnly: z.boolean(),
})
export type ClientSummary = z.infer<typeof ClientSummary>

export const toSummary = (c: ClientFile, readOnly = false): ClientSummary => ({
  id: c.id,
  name: c.name,
  industry: c.industry,
  archived: c.archived,
  memberCount: c.members.length,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
  readOnly,
})
