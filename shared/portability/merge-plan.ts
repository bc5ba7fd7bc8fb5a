import { z } from 'zod'
import type { DocumentRef } from './document-path'
import { DocumentKind, DocumentSide } from './document-path'

/**
 * What importing one document would do, judged against the copy in this library:
 * - new: there is none here;
 * - identical: the same content (after both are brought to the current format);
 * - incoming-newer / here-newer: one side is ahead and not behind on anything (see `compare`);
 * - conflict: both sides changed and neither is plainly ahead; a person chooses.
 */
export const MergeStatus = z.enum(['new', 'identical', 'incoming-newer', 'here-newer', 'conflict'])
export type MergeStatus = z.infer<typeof MergeStatus>

export const ConflictChoice = z.enum(['keep-mine', 'take-theirs'])
export type ConflictChoice = z.infer<typeof ConflictChoice>

export interface Versioned {
  updatedAt: string | null
  revision: number | null
}

const sign = (n: number) => (n > 0 ? 1 : n < 0 ? -1 : 0)
const timeOf = (iso: string | null) => (iso === null ? NaN : Date.parse(iso))

/** 1 when the incoming copy was changed later, -1 when this one was, 0 when equal or unknown. */
const laterSide = (incoming: Versioned, here: Versioned) => {
  const diff = timeOf(incoming.updatedAt) - timeOf(here.updatedAt)
  return Number.isNaN(diff) ? 0 : sign(diff)
}

/**
 * Two different copies of one document. Clients, workshops, agreements and follow-up count their
 * saves in `revision`: a copy is newer only with more saves AND no older `updatedAt`. The same
 * number of saves with different content means both were edited from one starting point: a
 * conflict; so is more saves on one side but a later change on the other. The plan template has no
 * revision: the later `updatedAt` wins, and equal (or missing) dates are a conflict.
 */
export const compare = (incoming: Versioned, here: Versioned): MergeStatus => {
  const time = laterSide(incoming, here)
  if (incoming.revision === null || here.revision === null)
    return time > 0 ? 'incoming-newer' : time < 0 ? 'here-newer' : 'conflict'
  const saves = sign(incoming.revision - here.revision)
  if (saves > 0 && time >= 0) return 'incoming-newer'
  if (saves < 0 && time <= 0) return 'here-newer'
  return 'conflict'
}

/** The default a person sees for a conflict: the later change wins; a tie keeps this library's. */
export const suggestedChoice = (incoming: Versioned, here: Versioned): ConflictChoice =>
  laterSide(incoming, here) > 0 ? 'take-theirs' : 'keep-mine'

export const PlanItem = z.object({
  path: z.string(),
  kind: DocumentKind,
  /** "Client", "Goal workshop", … */
  what: z.string(),
  clientName: z.string().nullable(),
  status: MergeStatus,
  incoming: DocumentSide,
  here: DocumentSide.nullable(),
  /** Conflicts only: what happens unless the person chooses otherwise. */
  suggested: ConflictChoice.nullable(),
  note: z.string().nullable(),
})
export type PlanItem = z.infer<typeof PlanItem>

/** One incoming document beside this library's copy, both as canonical text to compare. */
export interface Candidate {
  ref: DocumentRef
  what: string
  clientName: string | null
  incoming: { side: DocumentSide; canonical: string }
  here:
    | { state: 'missing' }
    /** A client deleted here, its file still in the trash folder: the import brings it back. */
    | { state: 'deleted' }
    /** A file here that cannot be read: the import replaces it (the backup keeps its bytes). */
    | { state: 'damaged' }
    | { state: 'current'; side: DocumentSide; canonical: string }
    /** Saved here by a newer app: never replaced by an older format. */
    | { state: 'newer-app'; side: DocumentSide }
}

export const planItem = (c: Candidate): PlanItem => {
  const base = { path: c.ref.path, kind: c.ref.kind, what: c.what, clientName: c.clientName }
  const item = { ...base, incoming: c.incoming.side, suggested: null, note: null }
  if (c.here.state === 'missing') return { ...item, status: 'new', here: null }
  if (c.here.state === 'deleted')
    return {
      ...item,
      status: 'new',
      here: null,
      note: 'Deleted on this computer; importing brings it back.',
    }
  if (c.here.state === 'damaged')
    return { ...item, status: 'new', here: null, note: 'Replaces a damaged file here.' }
  const here = c.here.side
  if (c.here.state === 'newer-app')
    return {
      ...item,
      status: 'here-newer',
      here,
      note: 'Saved here by a newer version of the app; it is kept.',
    }
  if (c.here.canonical === c.incoming.canonical) return { ...item, status: 'identical', here }
  const status = compare(c.incoming.side, here)
  const suggested = status === 'conflict' ? suggestedChoice(c.incoming.side, here) : null
  return { ...item, status, here, suggested }
}

const ORDER: Record<MergeStatus, number> = {
  conflict: 0,
  'incoming-newer': 1,
  new: 2,
  'here-newer': 3,
  identical: 4,
}
const KIND_ORDER: Record<DocumentKind, number> = {
  client: 0,
  workshop: 1,
  agreement: 2,
  tracker: 3,
  templates: 4,
}

/** Conflicts first, then what would change, then what stays; within each, client by client. */
export const planMerge = (candidates: readonly Candidate[]): PlanItem[] =>
  candidates
    .map(planItem)
    .sort(
      (a, b) =>
        ORDER[a.status] - ORDER[b.status] ||
        (a.clientName ?? '').localeCompare(b.clientName ?? '') ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        a.incoming.title.localeCompare(b.incoming.title) ||
        a.path.localeCompare(b.path),
    )

export type Decision =
  | { ok: true; write: PlanItem[]; keep: PlanItem[]; unchanged: PlanItem[] }
  | { ok: false; undecided: PlanItem[] }

/**
 * What an import writes: new documents and newer incoming ones, and conflicts only where the person
 * chose theirs. Every conflict needs an explicit choice; data newer here is never replaced.
 */
export const decideWrites = (
  items: readonly PlanItem[],
  choices: Readonly<Record<string, ConflictChoice>>,
): Decision => {
  const undecided = items.filter((i) => i.status === 'conflict' && !Object.hasOwn(choices, i.path))
  if (undecided.length > 0) return { ok: false, undecided }
  const takes = (i: PlanItem) =>
    i.status === 'new' ||
    i.status === 'incoming-newer' ||
    (i.status === 'conflict' && choices[i.path] === 'take-theirs')
  return {
    ok: true,
    write: items.filter(takes),
    keep: items.filter((i) => !takes(i) && i.status !== 'identical'),
    unchanged: items.filter((i) => i.status === 'identical'),
  }
}
