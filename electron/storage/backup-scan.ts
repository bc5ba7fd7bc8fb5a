import { createHash } from 'node:crypto'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ID_PATTERN } from '../../shared/library/fields'
import { readPlainFile } from './file-reads'
import type { LibraryPaths } from './library-paths'
import { DATA_FILE, PER_CLIENT_FOLDERS } from './library-paths'

/** One file as a backup records it: its content's hash, and the size and mtime it had then. */
export interface ScannedFile {
  hash: string
  size: number
  mtimeMs: number
}
export type Tree = Map<string, ScannedFile>

/**
 * What a backup holds: client files, each client's workshops, agreements and follow-up, the plan
 * template, and the trash (deleted clients, files a restore or an import set aside). Never the
 * index (a cache), the lock, temp files, moved-aside damaged files or exported PDFs.
 */
export const BACKED_UP_FILE = new RegExp(
  `^(clients/${ID_PATTERN}\\.json|(${PER_CLIENT_FOLDERS.join('|')})/${ID_PATTERN}/${ID_PATTERN}\\.json|templates\\.json|trash/[A-Za-z0-9][A-Za-z0-9._-]{0,199})$`,
)
/** Trash holds copies, some with suffixes (`.before-import-…`): any visible plain name that is not a temp file. */
const TRASH_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/
const isTrashFile = (name: string) =>
  TRASH_FILE.test(name) && !name.endsWith('.tmp') && !/\.corrupt-/.test(name)

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

const names = async (dir: string) => (await readdir(dir).catch(() => [] as string[])).sort()

/** Every backed-up file's path in the folder, forward slashes, in a stable order. */
export const listBackedUpPaths = async (paths: LibraryPaths): Promise<string[]> => {
  const out: string[] = []
  for (const name of await names(paths.clients))
    if (DATA_FILE.test(name)) out.push(`clients/${name}`)
  for (const folder of PER_CLIENT_FOLDERS) {
    const root = join(paths.dataDir, folder)
    const clientIds = (await names(root)).filter((n) => new RegExp(`^${ID_PATTERN}$`).test(n))
    const lists = await mapLimited(clientIds, 16, (id) => names(join(root, id)))
    clientIds.forEach((id, i) => {
      for (const name of lists[i]!) if (DATA_FILE.test(name)) out.push(`${folder}/${id}/${name}`)
    })
  }
  out.push('templates.json')
  for (const name of await names(paths.trash)) if (isTrashFile(name)) out.push(`trash/${name}`)
  return out
}

/** Runs `fn` over `items` with at most `limit` in flight: a big library never floods the thread pool. */
export const mapLimited = async <T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
  signal?: AbortSignal,
): Promise<R[]> => {
  const out = new Array<R>(items.length)
  let next = 0
  const lane = async () => {
    while (next < items.length) {
      signal?.throwIfAborted()
      const i = next++
      out[i] = await fn(items[i]!, i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
  return out
}

export const absolute = (paths: LibraryPaths, rel: string) => join(paths.dataDir, ...rel.split('/'))

export interface ScanResult {
  tree: Tree
  /** Bytes of the files that were read because their size or mtime changed since `known`. */
  read: Map<string, Buffer>
}

/**
 * The library as it is now. A file whose size and mtime match what the last backup recorded keeps
 * that backup's hash without being read, so an unchanged library of thousands of files costs a
 * directory listing and a stat per file. Files that vanish or cannot be read are left out.
 */
export const scanLibrary = async (
  paths: LibraryPaths,
  known: Tree,
  signal?: AbortSignal,
): Promise<ScanResult> => {
  const rels = await listBackedUpPaths(paths)
  const tree: Tree = new Map()
  const read = new Map<string, Buffer>()
  await mapLimited(
    rels,
    16,
    async (rel) => {
      const full = absolute(paths, rel)
      const st = await stat(full).catch(() => null)
      if (!st?.isFile()) return
      const before = known.get(rel)
      if (before && before.size === st.size && before.mtimeMs === st.mtimeMs) {
        tree.set(rel, before)
        return
      }
      const bytes = await readPlainFile(full).catch(() => null)
      if (bytes === null) return
      // The stat from before the read: a change after it moves the mtime, so the next scan reads again.
      tree.set(rel, { hash: sha256(bytes), size: st.size, mtimeMs: st.mtimeMs })
      read.set(rel, bytes)
    },
    signal,
  )
  return { tree: new Map([...tree].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), read }
}

/** Whether two trees hold the same files with the same contents. */
export const sameContents = (a: Tree, b: Tree) =>
  a.size === b.size && [...a].every(([rel, f]) => b.get(rel)?.hash === f.hash)
