import { AppFailure } from '../../shared/api/result'
import { jsonShapeProblem } from '../../shared/library/json-limits'
import { canonicalJson } from '../../shared/portability/canonical-json'
import { checkDocument, nameOf } from '../../shared/portability/check-document'
import type { DocumentRef } from '../../shared/portability/document-path'
import { parseDocumentPath } from '../../shared/portability/document-path'
import type { ExportFile } from '../../shared/portability/export-file'
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  ExportFile as ExportFileSchema,
  hashExport,
} from '../../shared/portability/export-file'

export interface StagedDocument {
  ref: DocumentRef
  /** Validated and in the current format: what would be written. */
  doc: unknown
  canonical: string
}

/** An export that passed every check; nothing has been written yet. */
export interface StagedImport {
  header: Omit<ExportFile, 'files'>
  documents: StagedDocument[]
}

const NOTHING = 'Nothing was imported.'
const refuse = (message: string) => new AppFailure('VALIDATION', `${message} ${NOTHING}`)

const OUR_HEADER = new RegExp(`"format"\\s*:\\s*"${EXPORT_FORMAT}"`)

const parseText = (text: string): unknown => {
  if (text.trim() === '') throw refuse('The file is empty.')
  try {
    return JSON.parse(text)
  } catch {
    if (text.trimStart().startsWith('{') && OUR_HEADER.test(text.slice(0, 1000)))
      throw refuse('The export file is cut off: it ends before its data does. Copy it again.')
    throw refuse('This is not a Smartketing Workshop export: the file is not JSON.')
  }
}

/** The format is checked before the shape: a newer export may be shaped differently. */
const checkHeader = (raw: unknown) => {
  const header = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  if (header['format'] !== EXPORT_FORMAT)
    throw refuse('This file is not a Smartketing Workshop export.')
  const version = header['formatVersion']
  if (typeof version === 'number' && version > EXPORT_FORMAT_VERSION) {
    const app = typeof header['appVersion'] === 'string' ? ` ${header['appVersion']}` : ''
    throw refuse(
      `This export was made by a newer version of Smartketing Workshop${app} (export format ${version}); update this app to import it.`,
    )
  }
}

const checkShape = (raw: unknown): ExportFile => {
  const parsed = ExportFileSchema.safeParse(raw)
  if (parsed.success) return parsed.data
  const first = parsed.error.issues[0]
  throw refuse(
    `The export file is damaged (${first?.path.join('.') || 'file'}: ${first?.message ?? 'invalid'}).`,
  )
}

const stageDocument = (path: string, raw: unknown): StagedDocument => {
  const ref = parseDocumentPath(path)
  if (!ref) throw refuse(`The export holds “${path.slice(0, 120)}”, which is not a data file.`)
  const checked = checkDocument(ref, raw)
  if (checked.status === 'newer')
    throw refuse(
      `${nameOf(ref, raw)} was saved by a newer version of Smartketing Workshop (format ${checked.fromVersion}); update this app to import this file.`,
    )
  if (checked.status === 'invalid')
    throw refuse(`${nameOf(ref, raw)} in the export is not valid: ${checked.reason}.`)
  return { ref, doc: checked.doc, canonical: canonicalJson(checked.doc) }
}

/** Each client's documents travel with its client file; a file missing one was cut or edited. */
const checkComplete = (file: ExportFile, documents: StagedDocument[]) => {
  const clients = new Set(documents.filter((d) => d.ref.kind === 'client').map((d) => d.ref.id))
  const orphan = documents.find((d) => d.ref.clientId !== null && !clients.has(d.ref.clientId))
  if (orphan)
    throw refuse(
      `The export is incomplete: ${orphan.ref.path} belongs to a client it does not hold.`,
    )
  if (file.scope === 'client' && clients.size !== 1)
    throw refuse('The export is damaged: a one-client export must hold exactly one client.')
}

/**
 * Every check an export must pass before anything is compared or written: JSON of a safe depth
 * and keys, our format and not a newer one, the shape, the checksum, then each document through its kind's migrations.
 */
export const readExport = async (text: string): Promise<StagedImport> => {
  const raw = parseText(text)
  const shape = jsonShapeProblem(raw)
  if (shape) throw refuse(`This export cannot be read safely: ${shape}.`)
  checkHeader(raw)
  const file = checkShape(raw)
  if ((await hashExport(file)) !== file.contentHash)
    throw refuse(
      'The file was changed after it was exported (its checksum does not match). Export it again on the other computer.',
    )
  const documents = Object.entries(file.files).map(([path, doc]) => stageDocument(path, doc))
  checkComplete(file, documents)
  const { format, formatVersion, appVersion, createdAt, scope, contentHash } = file
  return { header: { format, formatVersion, appVersion, createdAt, scope, contentHash }, documents }
}
