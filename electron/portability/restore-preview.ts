import { readPlainFile } from '../storage/file-reads'
import {
  describeDocument,
  kindLabel,
  parseDocumentPath,
} from '../../shared/portability/document-path'
import type { RestoreChange, RestorePreview } from '../../shared/portability/portability-api'
import { absolute, mapLimited } from '../storage/backup-scan'
import { openBackup, scanCurrent } from '../storage/backups'
import type { LibraryPaths } from '../storage/library-paths'
import { parseOrNull } from './data-files'

const ORDER: Record<RestoreChange['change'], number> = { removed: 0, replaced: 1, restored: 2 }

const textOr = (load: () => Promise<Buffer>) =>
  load().then(
    (b) => b.toString('utf8'),
    () => undefined,
  )

/**
 * What restoring a backup would do, file by file, judged exactly as the restore judges it (by
 * content hash): documents the backup has are written back when they differ, documents it lacks go
 * to the trash folder, and files the trash held then come back beside what it holds now. Only the
 * files that differ are read, so a large library compares as fast as it lists.
 */
export const previewRestore = async (paths: LibraryPaths, id: string): Promise<RestorePreview> => {
  const backup = await openBackup(paths, id)
  const { tree: current } = await scanCurrent(paths)
  const differing: string[] = []
  let unchanged = 0
  for (const rel of new Set([...current.keys(), ...backup.tree.keys()])) {
    const [here, then] = [current.get(rel), backup.tree.get(rel)]
    if (rel.startsWith('trash/')) {
      if (then && !here) differing.push(rel)
    } else if (here?.hash === then?.hash) unchanged++
    else differing.push(rel)
  }
  // Client names for every document that changes: from the library, else from the backup.
  const clientIds = new Set(differing.map((rel) => parseDocumentPath(rel)?.clientId ?? null))
  const clientRels = [...clientIds].flatMap((c) => (c ? [`clients/${c}.json`] : []))
  const wanted = [...new Set([...differing, ...clientRels])]
  const texts = await mapLimited(wanted, 8, async (rel) => ({
    here: current.has(rel) ? await textOr(() => readPlainFile(absolute(paths, rel))) : undefined,
    then: backup.tree.has(rel) ? await textOr(() => backup.bytes(rel)) : undefined,
  }))
  const byRel = new Map(wanted.map((rel, i) => [rel, texts[i]!]))
  const nameOf = (clientId: string | null) => {
    const t = clientId ? byRel.get(`clients/${clientId}.json`) : undefined
    const text = t?.here ?? t?.then
    return text === undefined ? null : describeDocument('client', parseOrNull(text)).title
  }
  const changes = differing.map((rel): RestoreChange => {
    const { here, then } = byRel.get(rel)!
    const ref = parseDocumentPath(rel)
    const [hereDoc, thenDoc] = [here, then].map((t) => (t === undefined ? null : parseOrNull(t)))
    const side = (t: string | undefined, doc: unknown) =>
      t === undefined ? null : describeDocument(ref?.kind ?? null, doc)
    const inTrash = rel.startsWith('trash/')
    return {
      path: rel,
      kind: ref?.kind ?? null,
      what: ref
        ? kindLabel(ref.kind, thenDoc ?? hereDoc)
        : inTrash
          ? 'Deleted copy in the trash'
          : 'File',
      clientName: nameOf(ref?.clientId ?? null),
      change: !current.has(rel) ? 'restored' : !backup.tree.has(rel) ? 'removed' : 'replaced',
      here: side(here, hereDoc),
      backup: side(then, thenDoc),
    }
  })
  changes.sort(
    (a, b) =>
      ORDER[a.change] - ORDER[b.change] ||
      (a.clientName ?? '').localeCompare(b.clientName ?? '') ||
      a.path.localeCompare(b.path),
  )
  return { backupId: id, createdAt: backup.createdAt, changes, unchanged }
}
