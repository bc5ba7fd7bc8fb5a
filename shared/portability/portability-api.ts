import { z } from 'zod'
import { Id, IsoDateTime } from '../library/fields'
import { BackupInfo } from '../library/library'
import { DocumentKind, DocumentSide } from './document-path'
import { ExportScope, MAX_IMPORT_BYTES } from './export-file'
import { ConflictChoice, PlanItem } from './merge-plan'

/** The export file's text, as the page read it; never a path on disk. */
export const ImportText = z
  .string()
  .max(MAX_IMPORT_BYTES, 'The file is larger than 50 MB; nothing was imported.')

export const ExportRequest = z.object({ clientId: Id.nullable() }).strict()

export const ExportResult = z.object({
  /** Null when the person closed the save dialog. */
  path: z.string().nullable(),
  clientCount: z.number().int(),
  documentCount: z.number().int(),
  /** Files this version cannot read (damaged, or from a newer app): left out and named. */
  skipped: z.array(z.object({ path: z.string(), title: z.string(), reason: z.string() })),
})
export type ExportResult = z.infer<typeof ExportResult>

export const ImportPreview = z.object({
  /** Names this plan against this library; the import is refused if either changed since. */
  planId: z.string(),
  scope: ExportScope,
  createdAt: IsoDateTime,
  appVersion: z.string(),
  items: z.array(PlanItem),
})
export type ImportPreview = z.infer<typeof ImportPreview>

export const ImportRequest = z
  .object({
    text: ImportText,
    planId: z.string().max(200),
    /** By document path, for every conflict in the preview. */
    choices: z.record(z.string().max(300), ConflictChoice),
  })
  .strict()
export type ImportRequest = z.infer<typeof ImportRequest>

export const ImportResult = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  kept: z.number().int(),
  unchanged: z.number().int(),
  /** The library as it was just before the import, restorable from Settings → Backups. */
  backupId: BackupInfo.shape.id.nullable(),
})
export type ImportResult = z.infer<typeof ImportResult>

/** A restore puts back files the backup has, and moves files it lacks to the trash folder. */
export const RestoreChange = z.object({
  path: z.string(),
  kind: DocumentKind.nullable(),
  what: z.string(),
  clientName: z.string().nullable(),
  change: z.enum(['restored', 'replaced', 'removed']),
  here: DocumentSide.nullable(),
  backup: DocumentSide.nullable(),
})
export type RestoreChange = z.infer<typeof RestoreChange>

export const RestorePreview = z.object({
  backupId: BackupInfo.shape.id,
  createdAt: IsoDateTime,
  changes: z.array(RestoreChange),
  unchanged: z.number().int(),
})
export type RestorePreview = z.infer<typeof RestorePreview>
