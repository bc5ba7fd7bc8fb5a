import { z } from 'zod'
import { ID_PATTERN } from './id-pattern'

export { ID_PATTERN }

/** Limits keep a pasted novel or a 1 MB string from ever reaching the disk. */
export const LIMITS = { name: 120, shortText: 200, longText: 5_000, members: 500 } as const

export const Id = z.string().regex(new RegExp(`^${ID_PATTERN}$`), 'Not a valid id')
export type Id = z.infer<typeof Id>

export const IsoDateTime = z.iso.datetime({ offset: true })
/** A calendar date, "2026-12-15": due dates and review dates have no time of day. */
export const IsoDate = z.iso.date()

const isControl = (ch: string) => {
  const code = ch.charCodeAt(0)
  return code < 0x20 || code === 0x7f
}

/** A name: trimmed, not empty, no control characters; any script or emoji is welcome. */
export const Name = z
  .string()
  .trim()
  .min(1, 'A name is required')
  .max(LIMITS.name, `Keep names under ${LIMITS.name} characters`)
  .refine((s) => ![...s].some(isControl), 'Names cannot contain control characters')

export const ShortText = z
  .string()
  .trim()
  .max(LIMITS.shortText, `Keep this under ${LIMITS.shortText} characters`)
export const LongText = z
  .string()
  .max(LIMITS.longText, `Keep this under ${LIMITS.longText} characters`)

export const newId = (): Id => crypto.randomUUID()
