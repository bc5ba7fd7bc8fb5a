import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { AppFailure } from '../../shared/api/result'
import { EXPORT_EXTENSION } from '../../shared/portability/export-file'
import type { PlanItem } from '../../shared/portability/merge-plan'
import { decideWrites } from '../../shared/portability/merge-plan'
import type {
  ExportResult,
  ImportPreview,
  ImportRequest,
  ImportResult,
} from '../../shared/portability/portability-api'
import type { AppCore } from '../services/app-core'
import { createBackup, listBackups } from '../storage/backups'
import { buildExport } from './build-export'
import { absolutePath } from './data-files'
import { planImport } from './plan-import'
import { readExport } from './read-export'
import type { FileWriter } from './write-all-or-nothing'
import { WriteAbandoned, writeAllOrNothing } from './write-all-or-nothing'

/** Characters file systems refuse never reach a file name. */
const safeFileName = (name: string) =>
  name
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)

/** Pending saves reach the disk first, so exports and plans see what the person sees. */
const settle = async (core: AppCore) => {
  await core.library.flush()
  await Promise.all([core.workshops.idle(), core.agreements.idle(), core.tracker.idle()])
}

export const exportToFile = async (
  core: AppCore,
  clientId: string | null,
): Promise<ExportResult> => {
  await settle(core)
  const built = await buildExport(core.library.paths, {
    clientId,
    appVersion: core.options.version,
    now: core.now(),
  })
  const day = core.now().toISOString().slice(0, 10)
  const client = clientId === null ? null : core.library.list().find((c) => c.id === clientId)
  const name = client ? `${client.name} ${day}` : `Smartketing library ${day}`
  const path = await core.options.savePdf.choosePath(`${safeFileName(name)}.${EXPORT_EXTENSION}`)
  if (path) await core.options.savePdf.write(path, Buffer.from(built.text, 'utf8'))
  const { clientCount, documentCount, skipped } = built
  return { path, clientCount, documentCount, skipped }
}

export const previewImport = async (core: AppCore, text: string): Promise<ImportPreview> => {
  const staged = await readExport(text)
  await settle(core)
  const plan = await planImport(core.library.paths, staged)
  const { scope, createdAt, appVersion } = staged.header
  return { planId: plan.planId, scope, createdAt, appVersion, items: plan.items }
}

const listed = (items: PlanItem[]) =>
  items
    .slice(0, 3)
    .map((i) => `“${i.incoming.title}”`)
    .join(', ') + (items.length > 3 ? ` and ${items.length - 3} more` : '')

const failureOf = (e: WriteAbandoned, backupId: string | null) =>
  e.rolledBack
    ? new AppFailure(
        'IO',
        `The import could not write ${e.failedPath} (${e.reason}); every file was put back as it was. Nothing was imported.`,
      )
    : new AppFailure(
        'IO',
        `The import could not write ${e.failedPath} (${e.reason}), and not every file could be put back. Restore the backup ${backupId ?? 'made before the import'} in Settings → Backups.`,
      )

export interface ImportOptions {
  /** Tests inject a writer that fails part-way. */
  write?: FileWriter
}

/**
 * Applies a previewed import: checked again from the text, re-planned against the library as it
 * is now (refused if that differs from the preview), backed up, then written all or nothing.
 */
export const importFile = async (
  core: AppCore,
  request: ImportRequest,
  options: ImportOptions = {},
): Promise<ImportResult> => {
  const staged = await readExport(request.text)
  await settle(core)
  const paths = core.library.paths
  const plan = await planImport(paths, staged)
  if (plan.planId !== request.planId)
    throw new AppFailure(
      'CONFLICT',
      'The library or the file changed since the preview; look at the preview again, then import. Nothing was imported.',
    )
  const decision = decideWrites(plan.items, request.choices)
  if (!decision.ok)
    throw new AppFailure(
      'VALIDATION',
      `Choose “Keep mine” or “Take theirs” for ${listed(decision.undecided)}. Nothing was imported.`,
    )
  const counts = {
    added: decision.write.filter((i) => i.status === 'new').length,
    updated: decision.write.filter((i) => i.status !== 'new').length,
    kept: decision.keep.length,
    unchanged: decision.unchanged.length,
  }
  if (decision.write.length === 0) return { ...counts, backupId: null }

  const docs = new Map(staged.documents.map((d) => [d.ref.path, d.doc]))
  const writes = decision.write.map((i) => ({
    path: absolutePath(paths, i.path),
    text: JSON.stringify(docs.get(i.path), null, 2) + '\n',
  }))
  const made = await createBackup(paths, core.now())
  const backupId = made?.id ?? (await listBackups(paths))[0]?.id ?? null
  try {
    await writeAllOrNothing(paths.dataDir, writes, options.write)
  } catch (e) {
    if (!(e instanceof WriteAbandoned)) throw e
    // Everything is as it was, so the backup made for this import holds nothing new.
    if (e.rolledBack && made) await rm(join(paths.backups, `${made.id}.json`), { force: true })
    throw failureOf(e, backupId)
  }
  await core.reopen()
  return { ...counts, backupId }
}
