import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gunzip, gzip } from 'node:zlib'
import { z } from 'zod'
import type { BackupInfo } from '../../shared/library/library'
import { ObjectStore } from './backup-objects'
import type { Tree } from './backup-scan'
import { BACKED_UP_FILE, sha256 } from './backup-scan'
import { writeFileDurable } from './durable-write'
import type { LibraryPaths } from './library-paths'

const gzipAsync = promisify(gzip)
const gunzipAsync = promisify(gunzip)

/**
 * Two kinds of backup share backups/: snapshots (a small list of every file's path and content
 * hash, `backup-<time>.snapshot.json.gz`, whose contents are in the object store) and the full
 * backups of earlier versions (`backup-<time>.json`, every file's text in one file), which stay
 * readable, restorable and subject to the same retention.
 */
const SNAPSHOT_NAME = /^(backup-[0-9TZ-]+)\.snapshot\.json\.gz$/
const FULL_NAME = /^(backup-[0-9TZ-]+)\.json$/

const Snapshot = z.object({
  schemaVersion: z.literal(2),
  createdAt: z.string(),
  /** Bytes this backup added to the folder: new objects and this list. */
  addedBytes: z.number().int().nonnegative(),
  /** path → [content hash, size, mtime in ms] */
  files: z.record(
    z.string().regex(BACKED_UP_FILE),
    z.tuple([z.string().regex(/^[0-9a-f]{64}$/), z.number(), z.number()]),
  ),
})
type Snapshot = z.infer<typeof Snapshot>

/** Every data file's text in one file, as versions before incremental backups wrote them. */
const FullBackup = z.object({
  schemaVersion: z.literal(1),
  createdAt: z.string(),
  files: z.record(z.string(), z.string()),
})

export type BackupKind = 'snapshot' | 'full'
export interface BackupRef {
  id: string
  kind: BackupKind
  file: string
}

/** What a backup holds, whatever its kind: each file's hash, and a way to get its bytes. */
export interface BackupTree {
  id: string
  createdAt: string
  kind: BackupKind
  tree: Tree
  addedBytes: number
  bytes(rel: string): Promise<Buffer>
}

export const objectsOf = (paths: LibraryPaths) => new ObjectStore(join(paths.backups, 'objects'))

/** Backups, newest first (the id is a UTC time, so name order is time order). */
export const listBackupRefs = async (paths: LibraryPaths): Promise<BackupRef[]> => {
  const refs: BackupRef[] = []
  for (const file of await readdir(paths.backups).catch(() => [] as string[])) {
    const snapshot = SNAPSHOT_NAME.exec(file)?.[1]
    const full = FULL_NAME.exec(file)?.[1]
    if (snapshot) refs.push({ id: snapshot, kind: 'snapshot', file })
    else if (full) refs.push({ id: full, kind: 'full', file })
  }
  return refs.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : a.kind === 'snapshot' ? -1 : 1))
}

const readSnapshot = async (paths: LibraryPaths, ref: BackupRef): Promise<BackupTree> => {
  const text = (await gunzipAsync(await readFile(join(paths.backups, ref.file)))).toString('utf8')
  const s = Snapshot.parse(JSON.parse(text))
  const objects = objectsOf(paths)
  const tree: Tree = new Map(
    Object.entries(s.files).map(([rel, [hash, size, mtimeMs]]) => [rel, { hash, size, mtimeMs }]),
  )
  return {
    id: ref.id,
    createdAt: s.createdAt,
    kind: 'snapshot',
    tree,
    addedBytes: s.addedBytes,
    bytes: (rel) => objects.get(tree.get(rel)!.hash),
  }
}

const readFull = async (paths: LibraryPaths, ref: BackupRef): Promise<BackupTree> => {
  const text = await readFile(join(paths.backups, ref.file), 'utf8')
  const full = FullBackup.parse(JSON.parse(text))
  const buffers = new Map<string, Buffer>()
  for (const [rel, content] of Object.entries(full.files))
    if (BACKED_UP_FILE.test(rel)) buffers.set(rel, Buffer.from(content, 'utf8'))
  const tree: Tree = new Map(
    [...buffers].map(([rel, b]) => [rel, { hash: sha256(b), size: b.length, mtimeMs: 0 }]),
  )
  return {
    id: ref.id,
    createdAt: full.createdAt,
    kind: 'full',
    tree,
    addedBytes: Buffer.byteLength(text),
    bytes: async (rel) => buffers.get(rel)!,
  }
}

export const readBackupTree = (paths: LibraryPaths, ref: BackupRef): Promise<BackupTree> =>
  ref.kind === 'snapshot' ? readSnapshot(paths, ref) : readFull(paths, ref)

/** Writes a snapshot's list durably; returns its size in bytes. */
export const writeSnapshot = async (
  paths: LibraryPaths,
  id: string,
  createdAt: string,
  tree: Tree,
  objectBytes: number,
): Promise<number> => {
  const files: Snapshot['files'] = {}
  for (const [rel, f] of tree) files[rel] = [f.hash, f.size, f.mtimeMs]
  const body = (addedBytes: number) =>
    JSON.stringify({ schemaVersion: 2, createdAt, addedBytes, files } satisfies Snapshot)
  // The list's own size is part of what the backup added: estimated from a first packing.
  const listBytes = (await gzipAsync(body(objectBytes))).length
  const packed = await gzipAsync(body(objectBytes + listBytes))
  await writeFileDurable(join(paths.backups, `${id}.snapshot.json.gz`), packed)
  return packed.length
}

export const removeBackup = (paths: LibraryPaths, ref: BackupRef) =>
  rm(join(paths.backups, ref.file), { force: true })

/** What the Backups list shows of one backup. */
export const infoOf = (b: BackupTree): BackupInfo => {
  let bytes = 0
  for (const f of b.tree.values()) bytes += f.size
  const rels = [...b.tree.keys()]
  return {
    id: b.id,
    createdAt: b.createdAt,
    clientCount: rels.filter((r) => r.startsWith('clients/')).length,
    fileCount: rels.filter((r) => !r.startsWith('trash/')).length,
    bytes,
    addedBytes: b.addedBytes,
    kind: b.kind,
  }
}
