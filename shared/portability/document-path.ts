import { z } from 'zod'
import { agreementFileKind } from '../comms/agreement-file'
import { trackerFileKind } from '../followup/tracker-file'
import { TRACKER_ID } from '../followup/tracker'
import { clientFileKind } from '../library/client-file'
import { templatesFileKind } from '../library/templates-file'
import { ID_PATTERN } from '../library/fields'
import type { FileKind } from '../library/migrations'
import { workshopFileKind } from '../workshop/workshop-file'
import { describeContents } from './describe-contents'

export const DocumentKind = z.enum(['client', 'workshop', 'agreement', 'tracker', 'templates'])
export type DocumentKind = z.infer<typeof DocumentKind>

/** Where a document lives in the data folder, relative to it, always with forward slashes. */
export interface DocumentRef {
  path: string
  kind: DocumentKind
  /** The client the document belongs to; null for the library-wide plan template. */
  clientId: string | null
  id: string | null
}

const ID = ID_PATTERN
const LAYOUT: readonly (readonly [DocumentKind, RegExp])[] = [
  ['client', new RegExp(`^clients/(${ID})\\.json$`)],
  ['workshop', new RegExp(`^workshops/(${ID})/(${ID})\\.json$`)],
  ['agreement', new RegExp(`^agreements/(${ID})/(${ID})\\.json$`)],
  ['tracker', new RegExp(`^followup/(${ID})/(${TRACKER_ID})\\.json$`)],
  ['templates', /^templates\.json$/],
]

/** The data folder's layout as the portability code reads it; anything else is not a document. */
export const parseDocumentPath = (path: string): DocumentRef | null => {
  for (const [kind, pattern] of LAYOUT) {
    const m = pattern.exec(path)
    if (!m) continue
    if (kind === 'templates') return { path, kind, clientId: null, id: null }
    if (kind === 'client') return { path, kind, clientId: m[1]!, id: m[1]! }
    return { path, kind, clientId: m[1]!, id: m[2]! }
  }
  return null
}

/** Every document goes through its own kind's migrations and schema, as when the app opens it. */
export const FILE_KINDS: Record<DocumentKind, FileKind<unknown>> = {
  client: clientFileKind,
  workshop: workshopFileKind,
  agreement: agreementFileKind,
  tracker: trackerFileKind,
  templates: templatesFileKind,
}

type Loose = Record<string, unknown>
const text = (v: unknown) => (typeof v === 'string' ? v : null)

/** A document names the file it sits in: an edited path cannot move data to another client. */
export const identityProblem = (ref: DocumentRef, doc: unknown): string | null => {
  if (ref.kind === 'templates') return null
  const d = doc as Loose
  if (d['id'] !== ref.id) return 'its id does not match its place in the file'
  if (ref.kind !== 'client' && d['clientId'] !== ref.clientId)
    return 'it belongs to a different client than its place in the file says'
  return null
}

const SESSION_KIND: Record<string, string> = {
  goals: 'Goal workshop',
  comms: 'Communication session',
  actions: 'Action-plan meeting',
}

/** What a person calls the document: "Goal workshop", "Agreement", … */
export const kindLabel = (kind: DocumentKind, doc: unknown): string => {
  if (kind === 'workshop') return SESSION_KIND[text((doc as Loose)?.['kind']) ?? ''] ?? 'Session'
  return {
    client: 'Client',
    agreement: 'Agreement',
    tracker: 'Follow-up',
    templates: 'Plan template',
  }[kind]
}

/** What tells two versions apart for a person: title, last change, revision, and what it holds. */
export const DocumentSide = z.object({
  title: z.string(),
  updatedAt: z.string().nullable(),
  revision: z.number().int().nullable(),
  /** "5 members", "finished; 6 activities, 2 goals". */
  contents: z.string().max(200).optional(),
})
export type DocumentSide = z.infer<typeof DocumentSide>

/** Read loosely, so the same code describes a file from a backup or one that failed validation. */
export const describeDocument = (kind: DocumentKind | null, doc: unknown): DocumentSide => {
  const d = (typeof doc === 'object' && doc !== null ? doc : {}) as Loose
  const fallback =
    kind === 'tracker'
      ? 'Follow-up (statuses, reviews, pairings)'
      : kind === 'templates'
        ? 'Workshop plan template'
        : 'Untitled'
  const revision = d['revision']
  return {
    title: (text(d['name']) ?? text(d['title']) ?? fallback).slice(0, 200),
    updatedAt: text(d['updatedAt']),
    revision: typeof revision === 'number' && Number.isInteger(revision) ? revision : null,
    contents: describeContents(kind, doc),
  }
}
