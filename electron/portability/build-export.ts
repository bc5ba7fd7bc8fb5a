import { AppFailure } from '../../shared/api/result'
import type { DocumentRef } from '../../shared/portability/document-path'
import { describeDocument, parseDocumentPath } from '../../shared/portability/document-path'
import { checkDocument } from '../../shared/portability/check-document'
import type { ExportFile } from '../../shared/portability/export-file'
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  sealExport,
} from '../../shared/portability/export-file'
import type { ExportResult } from '../../shared/portability/portability-api'
import type { LibraryPaths } from '../storage/library-paths'
import { listDataFiles, parseOrNull } from './data-files'

export interface BuiltExport {
  file: ExportFile
  text: string
  clientCount: number
  documentCount: number
  skipped: ExportResult['skipped']
}

interface ExportOptions {
  /** One client, or null for the whole library. */
  clientId: string | null
  appVersion: string
  now: Date
}

type Readable = { ref: DocumentRef; text: string }

const skipReason = (status: 'newer' | 'invalid' | 'unreadable') =>
  status === 'newer'
    ? 'saved by a newer version of the app'
    : status === 'unreadable'
      ? 'the file is damaged (empty or not JSON)'
      : 'the file does not match the format'

/**
 * Reads the library's documents as the app would open them (upgraded to the current format) and
 * seals them in one export. Files this version cannot read are left out and named; a client's
 * documents go only with the client, so deleted clients' leftovers stay behind.
 */
export const buildExport = async (
  paths: LibraryPaths,
  { clientId, appVersion, now }: ExportOptions,
): Promise<BuiltExport> => {
  const readable: Readable[] = []
  for (const [rel, text] of await listDataFiles(paths)) {
    const ref = parseDocumentPath(rel)
    if (!ref) continue
    if (clientId !== null && ref.clientId !== clientId) continue
    readable.push({ ref, text })
  }
  const files: Record<string, unknown> = {}
  const skipped: ExportResult['skipped'] = []
  const take = ({ ref, text }: Readable) => {
    const raw = parseOrNull(text)
    const checked = raw === null ? null : checkDocument(ref, raw)
    if (checked?.status === 'ok') return void (files[ref.path] = checked.doc)
    const reason = skipReason(checked?.status ?? 'unreadable')
    skipped.push({ path: ref.path, title: describeDocument(ref.kind, raw).title, reason })
  }
  readable.filter((r) => r.ref.kind === 'client').forEach(take)
  const clients = new Set(Object.keys(files).map((p) => parseDocumentPath(p)!.clientId))
  if (clientId !== null && !clients.has(clientId))
    throw new AppFailure(
      skipped.length > 0 ? 'READ_ONLY' : 'NOT_FOUND',
      skipped.length > 0
        ? `This client cannot be exported: ${skipped[0]!.reason}.`
        : 'This client no longer exists.',
    )
  readable
    .filter((r) => r.ref.kind !== 'client')
    .filter((r) => (r.ref.clientId === null ? clientId === null : clients.has(r.ref.clientId)))
    .forEach(take)

  const file = await sealExport({
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    appVersion,
    createdAt: now.toISOString(),
    scope: clientId === null ? 'library' : 'client',
    files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b))),
  })
  return {
    file,
    text: JSON.stringify(file),
    clientCount: clients.size,
    documentCount: Object.keys(files).length,
    skipped,
  }
}
