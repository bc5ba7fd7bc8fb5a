import type { z } from 'zod'

/**
 * A list whose items are told apart by `key` (an id, a member id, a version number): two items
 * with the same key are refused by the schema itself, so no path — an edit, an import, a bug —
 * can store twins that one removal would then take away together.
 */
export const uniqueBy =
  <K extends string>(key: K, what: string) =>
  (items: readonly Record<K, unknown>[], ctx: z.RefinementCtx): void => {
    const seen = new Set<unknown>()
    items.forEach((item, i) => {
      const value = item[key]
      if (seen.has(value))
        ctx.addIssue({
          code: 'custom',
          path: [i, key],
          message: `Two ${what} have the same ${key} (${String(value).slice(0, 80)})`,
        })
      seen.add(value)
    })
  }

/** The same for a plain list of ids or values. */
export const uniqueValues =
  (what: string) =>
  (items: readonly unknown[], ctx: z.RefinementCtx): void => {
    const seen = new Set<unknown>()
    items.forEach((value, i) => {
      if (seen.has(value))
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `“${String(value)}” is listed twice in ${what}`,
        })
      seen.add(value)
    })
  }
