import { createHash } from 'node:crypto'
import { canonicalJson } from '../../shared/portability/canonical-json'
import { describeDocument, kindLabel } from '../../shared/portability/document-path'
import { FILE_KINDS } from '../../shared/portability/document-path'
import type { Candidate, PlanItem } from '../../shared/portability/merge-plan'
import { planMerge } from '../../shared/portability/merge-plan'
import { migrate } from '../../shared/library/migrations'
import type { LibraryPaths } from '../storage/library-paths'
import { fingerprint, readBytesOrNull } from '../storage/durable-write'
import { absolutePath, exists, parseOrNull } from './data-files'
import type { StagedDocument, StagedImport } from './read-export'

export interface ImportPlan {
  items: PlanItem[]
  /** Changes when the export or any file it touches here changes: the preview is then stale. */
  planId: string
  /** Each document's file here as the plan read it, by its path in the export (see `fingerprint`). */
  seen: Readonly<Record<string, string | null>>
}

/** A client deleted here still has its file in trash/, where “Undo delete” looks for it. */
const missingState = async (
  paths: LibraryPaths,
  staged: StagedDocument,
): Promise<Candidate['here']> =>
  staged.ref.kind === 'client' && (await exists(paths.trashed(staged.ref.id!)))
    ? { state: 'deleted' }
    : { state: 'missing' }

const hereState = (staged: StagedDocument, text: string): Candidate['here'] => {
  const raw = parseOrNull(text)
  if (raw === null) return { state: 'damaged' }
  const outcome = migrate(FILE_KINDS[staged.ref.kind], raw)
  if (outcome.status === 'newer')
    return { state: 'newer-app', side: describeDocument(staged.ref.kind, raw) }
  if (outcome.status === 'invalid') return { state: 'damaged' }
  return {
    state: 'current',
    side: describeDocument(staged.ref.kind, outcome.data),
    canonical: canonicalJson(outcome.data),
  }
}

/** Each incoming document beside this library's copy; reads only, writes nothing. */
export const planImport = async (
  paths: LibraryPaths,
  staged: StagedImport,
): Promise<ImportPlan> => {
  const clientNames = new Map(
    staged.documents
      .filter((d) => d.ref.kind === 'client')
      .map((d) => [d.ref.id, describeDocument('client', d.doc).title]),
  )
  const candidates: Candidate[] = []
  const seen: Record<string, string | null> = {}
  for (const d of staged.documents) {
    const bytes = await readBytesOrNull(absolutePath(paths, d.ref.path))
    seen[d.ref.path] = fingerprint(bytes)
    candidates.push({
      ref: d.ref,
      what: kindLabel(d.ref.kind, d.doc),
      clientName: d.ref.clientId === null ? null : (clientNames.get(d.ref.clientId) ?? null),
      incoming: { side: describeDocument(d.ref.kind, d.doc), canonical: d.canonical },
      here: bytes === null ? await missingState(paths, d) : hereState(d, bytes.toString('utf8')),
    })
  }
  const planId = createHash('sha256')
    .update(canonicalJson({ export: staged.header.contentHash, here: seen }))
    .digest('hex')
  return { items: planMerge(candidates), planId, seen }
}
