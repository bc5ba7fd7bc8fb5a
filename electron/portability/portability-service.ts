import { rename } from 'node:fs/promises'
import { join } from 'node:path'
import { AppFailure } from '../../shared/api/result'
import { localDay, safeFileName } from '../../shared/library/file-names'
import { EXPORT_EXTENSION } from '../../shared/portability/export-file'
import { parseDocumentPath } from '../../shared/portability/document-path'
import type { PlanItem } from '../../shared/portability/merge-plan'
import { decideWrites } from '../../shared/portability/merge-plan'
import type {
  ExportResult,
  ImportPreview,
  ImportRequest,
  ImportResult,
} from '../../shared/portability/portability-api'
import type { AppCore } from '../services/app-core'
import { createBackup, discardBackup, newestBackup } from '../storage/backups'
import type { LibraryPaths } from '../storage/library-paths'
import { buildExport } from './build-export'
import { absolutePath } from './data-files'
import { changedWhileImporting, writeFailure } from './import-failure'
import type { ImportPlan } from './plan-import'
import { planImport } from './plan-import'
import type { StagedImport } from './read-export'
import { readExport } from './read-export'
import type { FileWriter, PlannedWrite } from './write-all-or-nothing'
import { TargetChanged, WriteAbandoned, writeAllOrNothing } from './write-all-or-nothing'

export const exportToFile = async (
  core: AppCore,
  clientId: string | null,
): Promise<ExportResult> => {
  await core.settle()
  const built = await buildExport(core.library.paths, {
    clientId,
    appVersion: core.options.version,
    now: core.now(),
  })
  const day = localDay(core.now())
  const client = clientId === null ? null : core.library.list().find((c) => c.id === clientId)
  const name = safeFileName(client ? `${client.name} ${day}` : '', `Smartketing library ${day}`)
  const path = await core.options.savePdf.choosePath(`${name}.${EXPORT_EXTENSION}`)
  if (path) await core.options.savePdf.write(path, Buffer.from(built.text, 'utf8'))
  const { clientCount, documentCount, skipped } = built
  return { path, clientCount, documentCount, skipped }
}

export const previewImport = async (core: AppCore, text: string): Promise<ImportPreview> => {
  const staged = await readExport(text)
  await core.settle()
  const plan = await planImport(core.library.paths, staged)
  const { scope, createdAt, appVersion } = staged.header
  return { planId: plan.planId, scope, createdAt, appVersion, items: plan.items }
}

const listed = (items: PlanItem[]) =>
  items
    .slice(0, 3)
    .map((i) => `“${i.incoming.title}”`)
    .join(', ') + (items.length > 3 ? ` and ${items.length - 3} more` : '')

/**
 * A client's sessions, agreements and follow-up are written before its client file, as a new
 * sample's are: a client that shows in the library is whole even if the writes stop part-way.
 */
const plannedWrites = (
  paths: LibraryPaths,
  staged: StagedImport,
  plan: ImportPlan,
  items: readonly PlanItem[],
): PlannedWrite[] => {
  const docs = new Map(staged.documents.map((d) => [d.ref.path, d.doc]))
  const ordered = [
    ...items.filter((i) => i.kind !== 'client'),
    ...items.filter((i) => i.kind === 'client'),
  ]
  return ordered.map((i) => ({
    path: absolutePath(paths, i.path),
    text: JSON.stringify(docs.get(i.path), null, 2) + '\n',
    expected: plan.seen[i.path] ?? null,
  }))
}

const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z')

/**
 * A client the import brought back must not leave its deleted copy where “Undo delete” looks. The
 * copy is renamed, not removed, so a person can still find it. Failing to rename is harmless:
 * “Undo delete” refuses while the client is in the library.
 */
const setAsideDeletedCopies = async (
  paths: LibraryPaths,
  written: readonly PlanItem[],
  now: Date,
) => {
  for (const item of written.filter((i) => i.kind === 'client')) {
    const id = parseDocumentPath(item.path)!.id!
    const aside = join(paths.trash, `${id}.before-import-${stamp(now)}.json`)
    await rename(paths.trashed(id), aside).catch(() => undefined)
  }
}

export interface ImportOptions {
  /** Tests inject a writer that fails part-way. */
  write?: FileWriter
}

/**
 * Applies a previewed import: checked again from the text, re-planned against the library as it
 * is now (refused if that differs from the preview), backed up, then written all or nothing, each
 * file checked once more just before it is written.
 */
export const importFile = async (
  core: AppCore,
  request: ImportRequest,
  options: ImportOptions = {},
): Promise<ImportResult> => {
  core.library.lock.assertWritable()
  const staged = await readExport(request.text)
  await core.settle()
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

  const writes = plannedWrites(paths, staged, plan, decision.write)
  const made = await createBackup(paths, core.now())
  const backup = made ?? (await newestBackup(paths))
  try {
    await writeAllOrNothing(paths.dataDir, writes, options.write)
  } catch (e) {
    const untouched = e instanceof TargetChanged || (e instanceof WriteAbandoned && e.rolledBack)
    // Everything is as it was, so the backup made for this import holds nothing new.
    if (untouched && made) await discardBackup(paths, made.id)
    if (e instanceof TargetChanged) throw changedWhileImporting()
    if (e instanceof WriteAbandoned) throw writeFailure(e, backup)
    throw e
  }
  await setAsideDeletedCopies(paths, decision.write, core.now())
  await core.reopen()
  return { ...counts, backupId: backup?.id ?? null }
}
