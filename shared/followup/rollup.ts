import type { TrackedItem } from './items'
import type { ItemStatus, StatusUpdate } from './tracker'

/** 'open': nobody has recorded a status yet. */
export type CurrentStatus = ItemStatus | 'open'

export interface ItemState extends TrackedItem {
  status: CurrentStatus
  note: string
  updatedAt: string | null
  /** Oldest first. */
  history: StatusUpdate[]
}

const instant = (at: string) => Date.parse(at)

/** Updates grouped per item, each list oldest first; equal moments keep the order recorded. */
const historyByKey = (updates: StatusUpdate[]): Map<string, StatusUpdate[]> => {
  const byKey = new Map<string, StatusUpdate[]>()
  for (const u of [...updates].sort((a, b) => instant(a.at) - instant(b.at))) {
    const list = byKey.get(u.itemKey)
    if (list) list.push(u)
    else byKey.set(u.itemKey, [u])
  }
  return byKey
}

/** Each item with its latest recorded status; updates may arrive in any order. */
export const itemStates = (items: TrackedItem[], updates: StatusUpdate[]): ItemState[] => {
  const byKey = historyByKey(updates)
  return items.map((item) => {
    const history = byKey.get(item.key) ?? []
    const last = history.at(-1)
    return {
      ...item,
      status: last?.status ?? 'open',
      note: last?.note ?? '',
      updatedAt: last?.at ?? null,
      history,
    }
  })
}

/** Done and dropped close an item; anything else comes back at the next session. */
export const isOpen = (s: CurrentStatus): boolean => s !== 'done' && s !== 'dropped'

/**
 * What a session opens with: the still-open items of earlier sessions, plus those whose latest
 * status was recorded at this session, so closing one here does not make it vanish from the list.
 */
export const carriedForward = (
  states: ItemState[],
  session: { id: string; createdAt: string },
): ItemState[] => {
  const start = instant(session.createdAt)
  return states.filter(
    (s) =>
      s.workshopId !== session.id &&
      ((instant(s.sessionDate) < start && isOpen(s.status)) ||
        s.history.at(-1)?.recordedAt.id === session.id),
  )
}

export const statusCounts = (states: ItemState[]): Record<CurrentStatus, number> => {
  const counts: Record<CurrentStatus, number> = {
    open: 0,
    'in-progress': 0,
    done: 0,
    missed: 0,
    dropped: 0,
  }
  for (const s of states) counts[s.status] += 1
  return counts
}

/** Open items past their due date, the longest overdue first. */
export const overdue = (states: ItemState[], today: string): ItemState[] =>
  states
    .filter((s) => isOpen(s.status) && s.dueDate !== null && s.dueDate < today)
    .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''))

export interface CompletionPoint {
  date: string
  done: number
  total: number
  /** 0…1. */
  rate: number
}

const dayOf = (iso: string) => iso.slice(0, 10)

/**
 * The share of promised items done, at the end of each day a status was recorded. Items count
 * from their session's day on; a dropped item leaves the total until it is reopened.
 */
export const completionOverTime = (
  items: TrackedItem[],
  updates: StatusUpdate[],
): CompletionPoint[] => {
  const keys = new Set(items.map((i) => i.key))
  const byDay = new Map<string, StatusUpdate[]>()
  for (const u of updates) {
    if (!keys.has(u.itemKey)) continue
    const day = byDay.get(dayOf(u.at))
    if (day) day.push(u)
    else byDay.set(dayOf(u.at), [u])
  }
  const current = new Map<string, ItemStatus>()
  return [...byDay.keys()].sort().map((date) => {
    const today = (byDay.get(date) ?? []).sort((a, b) => instant(a.at) - instant(b.at))
    for (const u of today) current.set(u.itemKey, u.status)
    const counted = items.filter(
      (i) => dayOf(i.sessionDate) <= date && current.get(i.key) !== 'dropped',
    )
    const done = counted.filter((i) => current.get(i.key) === 'done').length
    const total = counted.length
    return { date, done, total, rate: total === 0 ? 0 : done / total }
  })
}
