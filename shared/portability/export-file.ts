import { z } from 'zod'
import { IsoDateTime } from '../library/fields'
import { canonicalJson, sha256Hex } from './canonical-json'

/** Names the format inside the file, so any other JSON is told apart from an export at once. */
export const EXPORT_FORMAT = 'smartketing-workshop-export'
/** Raised when the file's own layout changes; a file with a higher number is refused, not guessed at. */
export const EXPORT_FORMAT_VERSION = 1
/** The file name ending the save dialog offers (its filter is the last part, ".json"). */
export const EXPORT_EXTENSION = 'smartketing.json'
/** Bigger than any real library; checked in the page before reading and again by the contract. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024

export const ExportScope = z.enum(['client', 'library'])
export type ExportScope = z.infer<typeof ExportScope>

/**
 * One client, or the whole library, as one file: each data file's document under its path in the
 * data folder. The hash covers everything but itself, over the canonical text, so any edit, cut or
 * re-ordering that changes meaning is caught. It guards against damage, not against forgery: the
 * documents are validated one by one on import all the same.
 */
export const ExportFile = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    formatVersion: z.literal(EXPORT_FORMAT_VERSION),
    appVersion: z.string().max(64),
    createdAt: IsoDateTime,
    scope: ExportScope,
    contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
    files: z.record(z.string(), z.unknown()),
  })
  .strict()
export type ExportFile = z.infer<typeof ExportFile>
export type UnsealedExport = Omit<ExportFile, 'contentHash'>

export const hashExport = async (file: UnsealedExport): Promise<string> => {
  const { format, formatVersion, appVersion, createdAt, scope, files } = file
  const hashed = { format, formatVersion, appVersion, createdAt, scope, files }
  return `sha256:${await sha256Hex(canonicalJson(hashed))}`
}

/** Header first, so a person (or a cut-off file) still shows what it is at the top. */
export const sealExport = async (file: UnsealedExport): Promise<ExportFile> => ({
  format: file.format,
  formatVersion: file.formatVersion,
  appVersion: file.appVersion,
  createdAt: file.createdAt,
  scope: file.scope,
  contentHash: await hashExport(file),
  files: file.files,
})
