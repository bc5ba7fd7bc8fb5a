import { z } from 'zod'
import { Id, IsoDateTime } from './fields'

/**
 * Something the library could not open as it is; shown to the user by client name.
 * - corrupt: the file's bytes are not a document (moved aside); unreadable: it could not be read
 *   at all (no permission, a folder in its place; left as it is);
 * - read-only: another process writes this library, or the folder cannot be written.
 */
export const LibraryProblem = z.object({
  kind: z.enum(['corrupt', 'unreadable', 'newer-version', 'index-rebuilt', 'read-only']),
  file: z.string(),
  clientId: Id.nullable(),
  clientName: z.string().nullable(),
  movedTo: z.string().nullable(),
  message: z.string(),
})
export type LibraryProblem = z.infer<typeof LibraryProblem>

export const LibraryHealth = z.object({
  dataDir: z.string(),
  clientCount: z.number().int(),
  /** Nothing can be saved: the problems say why (another process holds it, or the disk refuses). */
  readOnly: z.boolean(),
  problems: z.array(LibraryProblem),
  /** Client files still being read after the library opened (its index was missing or stale). */
  reading: z.object({ done: z.number().int(), total: z.number().int() }).optional(),
})
export type LibraryHealth = z.infer<typeof LibraryHealth>

/**
 * Which backups are kept: the newest `keepAtLeast` always; others while they are among the newest
 * `keepAtMost` and younger than `maxAgeDays`. Backups cost only what changed, so twenty are cheap.
 */
export const BACKUP_RETENTION = { keepAtLeast: 3, keepAtMost: 20, maxAgeDays: 90 } as const

export const BackupInfo = z.object({
  id: z.string().regex(/^backup-[0-9TZ-]+$/),
  createdAt: IsoDateTime,
  clientCount: z.number().int(),
  fileCount: z.number().int(),
  /** The size of the library it holds. */
  bytes: z.number().int(),
  /** What it added to the backups folder: only changed files for a snapshot, everything for a full one. */
  addedBytes: z.number().int(),
  /** snapshot: incremental; full: one file with every document, as earlier versions made them. */
  kind: z.enum(['snapshot', 'full']),
})
export type BackupInfo = z.infer<typeof BackupInfo>

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  transport: z.enum(['electron', 'http']),
  dataDir: z.string(),
  settingsFile: z.string(),
})
export type AppInfo = z.infer<typeof AppInfo>
