import { parseDocumentPath } from '../../../shared/portability/document-path'
import type { ConflictChoice, MergeStatus, PlanItem } from '../../../shared/portability/merge-plan'
import { dateAndTime } from '../../lib/formats'

const minutes = dateAndTime
const seconds = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' })

export const formatWhen = (iso: string | null) => (iso ? minutes.format(new Date(iso)) : 'unknown')
/** Backups are told apart by the second: an import and a restore can make two in one minute. */
export const formatExact = (iso: string) => seconds.format(new Date(iso))

/** Two edits in the same minute must still read differently, or the choice looks arbitrary. */
export const formatPair = (a: string | null, b: string | null): [string, string] => {
  const [x, y] = [formatWhen(a), formatWhen(b)]
  if (x !== y || !a || !b) return [x, y]
  return [seconds.format(new Date(a)), seconds.format(new Date(b))]
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

export const STATUS_WORDS: Record<MergeStatus, string> = {
  new: 'New: will be added',
  'incoming-newer': 'Will be updated: newer in the file',
  'here-newer': 'Kept: newer on this computer',
  identical: 'Identical: no change',
  conflict: 'Changed in both places',
}

export const CHOICE_WORDS: Record<ConflictChoice, string> = {
  'keep-mine': 'keeping mine',
  'take-theirs': 'taking theirs',
}

export type Choices = Record<string, ConflictChoice>

export const initialChoices = (items: readonly PlanItem[]): Choices =>
  Object.fromEntries(
    items.flatMap((i) => (i.status === 'conflict' ? [[i.path, i.suggested ?? 'keep-mine']] : [])),
  )

/** How many documents the import would write with these choices, as the service decides it. */
export const changeCount = (items: readonly PlanItem[], choices: Choices) =>
  items.filter(
    (i) =>
      i.status === 'new' ||
      i.status === 'incoming-newer' ||
      (i.status === 'conflict' && choices[i.path] === 'take-theirs'),
  ).length

export const countBy = (items: readonly PlanItem[]) => {
  const counts: Record<MergeStatus, number> = {
    new: 0,
    'incoming-newer': 0,
    'here-newer': 0,
    identical: 0,
    conflict: 0,
  }
  for (const i of items) counts[i.status]++
  return counts
}

export interface ClientGroup {
  key: string
  name: string
  items: PlanItem[]
}

/** Client by client (by id: two clients may share a name), in the plan's own order. */
export const groupByClient = (items: readonly PlanItem[]): ClientGroup[] => {
  const groups = new Map<string, ClientGroup>()
  for (const item of items) {
    const key = parseDocumentPath(item.path)?.clientId ?? ''
    const group = groups.get(key) ?? {
      key,
      name: item.clientName ?? 'Not tied to a client',
      items: [],
    }
    group.items.push(item)
    groups.set(key, group)
  }
  return [...groups.values()]
}
