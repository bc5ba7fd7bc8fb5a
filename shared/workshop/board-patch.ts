import { z } from 'zod'
import type { Board } from './workshop'

/**
 * A change between two boards, as small as the change: the console sends its board to the
 * projector on every edit, and with forty phones adding cards a whole board of hundreds of cards
 * several times a second was most of what it sent (and the main process read). A list that
 * changed gives the stretch that changed; any other part that changed comes whole.
 */
export const BoardSplice = z.object({
  at: z.number().int().nonnegative(),
  remove: z.number().int().nonnegative(),
  insert: z.array(z.unknown()).max(1000),
})
export type BoardSplice = z.infer<typeof BoardSplice>

const LIST_KEYS = ['activities', 'goals', 'reviewDates'] as const
type ListKey = (typeof LIST_KEYS)[number]
const WHOLE_KEYS = ['calledMemberId', 'commitments', 'support'] as const

export const BoardPatch = z
  .object({
    splice: z.object(Object.fromEntries(LIST_KEYS.map((k) => [k, BoardSplice.optional()]))),
    set: z.object(Object.fromEntries(WHOLE_KEYS.map((k) => [k, z.unknown().optional()]))),
  })
  .strict()
export type BoardPatch = {
  splice: Partial<Record<ListKey, BoardSplice>>
  set: Partial<Pick<Board, (typeof WHOLE_KEYS)[number]>>
}

/** The one stretch of `next` that differs from `prev`, items compared by identity. */
const spliceOf = (prev: readonly unknown[], next: readonly unknown[]): BoardSplice => {
  let start = 0
  while (start < prev.length && start < next.length && prev[start] === next[start]) start++
  let end = 0
  while (
    end < prev.length - start &&
    end < next.length - start &&
    prev[prev.length - 1 - end] === next[next.length - 1 - end]
  )
    end++
  return {
    at: start,
    remove: prev.length - start - end,
    insert: next.slice(start, next.length - end),
  }
}

/**
 * What changed from `prev` to `next`. Boards are changed by copying only what an edit touches,
 * so an unchanged part is the same object and costs nothing to compare.
 */
export const boardPatch = (prev: Board, next: Board): BoardPatch => {
  const patch: BoardPatch = { splice: {}, set: {} }
  for (const key of LIST_KEYS)
    if (prev[key] !== next[key]) patch.splice[key] = spliceOf(prev[key], next[key])
  for (const key of WHOLE_KEYS)
    if (prev[key] !== next[key]) Object.assign(patch.set, { [key]: next[key] })
  return patch
}

/** How many items the patch carries: more than the board itself, and the board is cheaper. */
export const patchSize = (patch: BoardPatch) =>
  Object.values(patch.splice).reduce((n, s) => n + s.insert.length, 0)

/**
 * `base` with the patch applied; not yet checked: the caller validates the result as a board.
 * A splice that does not fit the base (another board than the console's) gives null.
 */
export const applyBoardPatch = (base: Board, patch: BoardPatch): unknown => {
  const out: Record<string, unknown> = { ...base }
  for (const key of LIST_KEYS) {
    const s = patch.splice[key]
    if (!s) continue
    if (s.at + s.remove > base[key].length) return null
    const list: unknown[] = [...base[key]]
    list.splice(s.at, s.remove, ...s.insert)
    out[key] = list
  }
  for (const key of WHOLE_KEYS) if (patch.set[key] !== undefined) out[key] = patch.set[key]
  return out
}
