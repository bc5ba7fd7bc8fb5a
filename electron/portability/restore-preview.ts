import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { AppFailure } from '../../shared/api/result'
import {
  describeDocument,
  kindLabel,
  parseDocumentPath,
} from '../../shared/portability/document-path'
import type { RestoreChange, RestorePreview } from '../../shared/portability/portability-api'
import type { LibraryPaths } from '../storage/library-paths'
import { listDataFiles, parseOrNull } from './data-files'

/** Only what a preview needs of a backup file; electron/storage/backups.ts owns the full format. */
const BackupFiles = z.object({ createdAt: z.string(), files: z.record(z.string(), z.string()) })

const readBackupFiles = async (paths: LibraryPaths, id: string) => {
  const text = await readFile(join(paths.backups, `${id}.json`), 'utf8').catch(() => null)
  const parsed = text === null ? null : BackupFiles.safeParse(parseOrNull(text))
  if (!parsed?.success) throw new AppFailure('NOT_FOUND', 'That backup could not be read.')
  return parsed.data
}

const clientNames = (...sets: ReadonlyMap<string, string>[]) => {
  const names = new Map<string, string>()
  for (const files of sets)
    for (const [rel, text] of files) {
      const ref = parseDocumentPath(rel)
      if (ref?.kind === 'client' && !names.has(ref.id!))
        names.set(ref.id!, describeDocument('client', parseOrNull(text)).title)
    }
  return names
}

const ORDER: Record<RestoreChange['change'], number> = { removed: 0, replaced: 1, restored: 2 }

/**
 * What restoring a backup would do, file by file, judged exactly as the restore judges it: files
 * the backup has are written back when their text differs, files it lacks go to the trash folder.
 */
export const previewRestore = async (paths: LibraryPaths, id: string): Promise<RestorePreview> => {
  const backup = await readBackupFiles(paths, id)
  const inBackup = new Map(Object.entries(backup.files))
  const current = await listDataFiles(paths)
  const names = clientNames(current, inBackup)
  const changes: RestoreChange[] = []
  let unchanged = 0
  for (const rel of new Set([...current.keys(), ...inBackup.keys()])) {
    const [here, then] = [current.get(rel), inBackup.get(rel)]
    if (here === then) {
      unchanged++
      continue
    }
    const ref = parseDocumentPath(rel)
    const [hereDoc, thenDoc] = [here, then].map((t) => (t === undefined ? null : parseOrNull(t)))
    const side = (t: string | undefined, doc: unknown) =>
      t === undefined ? null : describeDocument(ref?.kind ?? null, doc)
    changes.push({
      path: rel,
      kind: ref?.kind ?? null,
      what: ref ? kindLabel(ref.kind, thenDoc ?? hereDoc) : 'File',
      clientName: ref?.clientId ? (names.get(ref.clientId) ?? null) : null,
      change: here === undefined ? 'restored' : then === undefined ? 'removed' : 'replaced',
      here: side(here, hereDoc),
      backup: side(then, thenDoc),
    })
  }
  changes.sort(
    (a, b) =>
      ORDER[a.change] - ORDER[b.change] ||
      (a.clientName ?? '').localeCompare(b.clientName ?? '') ||
      a.path.localeCompare(b.path),
  )
  return { backupId: id, createdAt: backup.createdAt, changes, unchanged }
}
