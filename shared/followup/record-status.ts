import type { RecordedAt, StatusUpdate, TrackerFile } from './tracker'

/**
 * A status recorded for an earlier commitment or activity, from the console or from the owner's
 * phone alike. A note edited in the same meeting or review, with the status unchanged, corrects
 * that record instead of piling up one history line per pause in the typing.
 */
export const recordStatus = (
  t: TrackerFile,
  change: Pick<StatusUpdate, 'itemKey' | 'status' | 'note'> & { recordedAt: RecordedAt },
  id: string,
  at: string,
): TrackerFile => {
  const { itemKey, status, note, recordedAt } = change
  const last = t.updates.findLast((u) => u.itemKey === itemKey)
  const sameRecord =
    last?.status === status &&
    last.recordedAt.kind === recordedAt.kind &&
    last.recordedAt.id === recordedAt.id
  const entry = { id, itemKey, status, note, at, recordedAt }
  if (sameRecord && last.note === note) return t
  return {
    ...t,
    updates: sameRecord
      ? t.updates.map((u) => (u === last ? { ...entry, id: u.id } : u))
      : [...t.updates, entry],
  }
}
