import { mkdir, rename } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { AppFailure } from '../../shared/api/result'
import type { BackupInfo } from '../../shared/library/library'
import { BACKUP_RETENTION } from '../../shared/library/library'
import { syncFolders } from './backup-objects'
import type { Tree } from './backup-scan'
import { absolute, mapLimited, sameContents, scanLibrary } from './backup-scan'
import type { BackupRef, BackupTree } from './backup-snapshots'
import {
  infoOf,
  listBackupRefs,
  objectsOf,
  readBackupTree,
  removeBackup,
  writeSnapshot,
} from './backup-snapshots'
import { writeFileDurable } from './durable-write'
import { KeyedQueue } from './keyed-queue'
import type { LibraryPaths } from './library-paths'

/** How many backups are kept and for how long: shown in Settings, so it lives in shared/. */
export const RETENTION = BACKUP_RETENTION

/** One backup, restore or prune at a time per library, whoever asks (start-up, a person, an import). */
const queue = new KeyedQueue()
const serial = <T>(paths: LibraryPaths, task: () => Promise<T>) => queue.run(paths.backups, task)

const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.(\d{3})Z$/, '-$1Z')

/** The newest backup's files, for the scan to trust unchanged ones; empty when none can be read. */
const newestTree = async (paths: LibraryPaths, refs: BackupRef[]): Promise<BackupTree | null> => {
  for (const ref of refs) {
    const tree = await readBackupTree(paths, ref).catch(() => null)
    if (tree) return tree
  }
  return null
}

/** A fresh id: the time of the backup, a millisecond later when that name is taken. */
const freshId = (refs: BackupRef[], now: Date) => {
  const taken = new Set(refs.map((r) => r.id))
  let t = now.getTime()
  while (taken.has(`backup-${stamp(new Date(t))}`)) t++
  return `backup-${stamp(new Date(t))}`
}

export interface BackupOutcome {
  info: BackupInfo | null
  /** Bytes written into backups/ (objects and the list); 0 when nothing changed. */
  written: number
  /** The library's files as the backup found them. */
  tree: Tree
}

interface BackUpOptions {
  /** A backup the prune must keep, because a restore is about to read it. */
  protect?: string
  /** Stops a background backup between files (the app is closing); nothing is half-listed. */
  signal?: AbortSignal
}

const backUp = async (
  paths: LibraryPaths,
  now: Date,
  { protect, signal }: BackUpOptions = {},
): Promise<BackupOutcome> => {
  const refs = await listBackupRefs(paths)
  const previous = await newestTree(paths, refs)
  // Hashes from an old full backup have no sizes and times to trust: every file is read once.
  const known: Tree = previous?.kind === 'snapshot' ? previous.tree : new Map()
  const { tree, read } = await scanLibrary(paths, known, signal)
  if (previous && sameContents(previous.tree, tree)) return { info: null, written: 0, tree }
  const objects = objectsOf(paths)
  const inPrevious = new Set(
    previous?.kind === 'snapshot' ? [...previous.tree.values()].map((f) => f.hash) : [],
  )
  const touched = new Set<string>()
  const sizes = await mapLimited(
    [...read],
    8,
    ([rel, bytes]) => {
      const hash = tree.get(rel)!.hash
      return inPrevious.has(hash) ? Promise.resolve(0) : objects.put(hash, bytes, touched)
    },
    signal,
  )
  await syncFolders(touched)
  const objectBytes = sizes.reduce((a, b) => a + b, 0)
  const id = freshId(refs, now)
  await mkdir(paths.backups, { recursive: true })
  const listBytes = await writeSnapshot(paths, id, now.toISOString(), tree, objectBytes)
  const made: BackupTree = {
    id,
    createdAt: now.toISOString(),
    kind: 'snapshot',
    tree,
    addedBytes: objectBytes + listBytes,
    bytes: () => Promise.reject(new Error('not read back')),
  }
  await prune(paths, now, protect)
  return { info: infoOf(made), written: objectBytes + listBytes, tree }
}

/** Backs up what changed since the newest backup; nothing when nothing did. */
export const createBackup = (paths: LibraryPaths, now = new Date()): Promise<BackupInfo | null> =>
  serial(paths, () => backUp(paths, now)).then((o) => o.info)

/** The same in the background, saying how many bytes it wrote; `signal` stops it between files. */
export const createBackupInBackground = (paths: LibraryPaths, now: Date, signal: AbortSignal) =>
  serial(paths, () => backUp(paths, now, { signal }))

/** Which of the backups (newest first) the retention rule drops. */
export const expired = (refs: readonly BackupRef[], now: Date): BackupRef[] => {
  const maxAgeMs = RETENTION.maxAgeDays * 24 * 60 * 60 * 1000
  const timeOf = (id: string) =>
    Date.parse(
      id
        .slice(7)
        .replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)-(\d{3})Z$/, '$1-$2-$3T$4:$5:$6.$7Z'),
    )
  return refs.filter(
    (ref, i) =>
      i >= RETENTION.keepAtLeast &&
      (i >= RETENTION.keepAtMost || now.getTime() - timeOf(ref.id) > maxAgeMs),
  )
}

/** Removes the objects no remaining snapshot refers to; an unreadable snapshot stops it. */
const collectGarbage = async (paths: LibraryPaths) => {
  const referenced = new Set<string>()
  for (const ref of await listBackupRefs(paths)) {
    if (ref.kind !== 'snapshot') continue
    const kept = await readBackupTree(paths, ref).catch(() => null)
    // A list that cannot be read protects nothing, but it is never a reason to delete either.
    if (!kept) return
    for (const f of kept.tree.values()) referenced.add(f.hash)
  }
  await objectsOf(paths).collect(referenced)
}

/** Drops expired backups, then the objects only they referred to. */
const prune = async (paths: LibraryPaths, now: Date, protect?: string) => {
  const drop = expired(await listBackupRefs(paths), now).filter((r) => r.id !== protect)
  if (drop.length === 0) return
  for (const ref of drop) await removeBackup(paths, ref)
  await collectGarbage(paths)
}

export const listBackups = async (paths: LibraryPaths): Promise<BackupInfo[]> => {
  const infos: BackupInfo[] = []
  for (const ref of await listBackupRefs(paths)) {
    const tree = await readBackupTree(paths, ref).catch(() => null)
    if (tree) infos.push(infoOf(tree))
  }
  return infos
}

/** A backup by id, read and checked, or a NOT_FOUND failure a person can read. */
export const openBackup = async (paths: LibraryPaths, id: string): Promise<BackupTree> => {
  const ref = (await listBackupRefs(paths)).find((r) => r.id === id)
  const tree = ref ? await readBackupTree(paths, ref).catch(() => null) : null
  if (!tree) throw new AppFailure('NOT_FOUND', 'That backup could not be read.')
  return tree
}

/** Every file of the backup whose content differs from `current`, with its bytes, read up front. */
const changedFiles = async (backup: BackupTree, current: Tree) => {
  const wanted = [...backup.tree].filter(([rel, f]) => current.get(rel)?.hash !== f.hash)
  const contents = await mapLimited(wanted, 8, ([rel]) => backup.bytes(rel).catch(() => null))
  const unreadable = wanted.filter((_, i) => contents[i] === null).length
  if (unreadable > 0)
    throw new AppFailure(
      'IO',
      `This backup is incomplete: ${unreadable} of its files could not be read. Nothing was restored.`,
    )
  return wanted.map(([rel], i) => [rel, contents[i]!] as const)
}

/**
 * Puts the library back as it was in a backup. The present is backed up first, and documents the
 * backup does not have go to trash/, so a restore can itself be undone. The trash is never
 * emptied: files it held then are put back beside what it holds now.
 */
export const restoreBackup = (paths: LibraryPaths, id: string, now = new Date()) =>
  serial(paths, async () => {
    const backup = await openBackup(paths, id)
    const { tree: current } = await backUp(paths, now, { protect: id })
    const writes = await changedFiles(backup, current)
    await mkdir(paths.trash, { recursive: true })
    for (const rel of current.keys()) {
      if (backup.tree.has(rel) || rel.startsWith('trash/')) continue
      await rename(absolute(paths, rel), join(paths.trash, rel.replaceAll('/', '--')))
    }
    for (const [rel, bytes] of writes) {
      await mkdir(dirname(absolute(paths, rel)), { recursive: true })
      await writeFileDurable(absolute(paths, rel), bytes)
    }
  })

/** The newest backup's summary, or null when there is none that can be read. */
export const newestBackup = async (paths: LibraryPaths): Promise<BackupInfo | null> => {
  const tree = await newestTree(paths, await listBackupRefs(paths))
  return tree ? infoOf(tree) : null
}

/** Forgets a backup that holds nothing worth keeping (an import that changed nothing after all). */
export const discardBackup = (paths: LibraryPaths, id: string) =>
  serial(paths, async () => {
    for (const ref of await listBackupRefs(paths)) if (ref.id === id) await removeBackup(paths, ref)
    await collectGarbage(paths)
  })

/** The library's files now, trusting the newest snapshot for files whose size and time match. */
export const scanCurrent = async (paths: LibraryPaths) => {
  const newest = await newestTree(paths, await listBackupRefs(paths))
  return scanLibrary(paths, newest?.kind === 'snapshot' ? newest.tree : new Map())
}

export const backupExists = async (paths: LibraryPaths, id: string) =>
  (await listBackupRefs(paths)).some((r) => r.id === id)
