import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gunzip, gzip } from 'node:zlib'
import { sha256 } from './backup-scan'
import { tempPathFor } from './temp-files'

const gzipAsync = promisify(gzip)
const gunzipAsync = promisify(gunzip)

const HASH = /^[0-9a-f]{64}$/

/**
 * Content-addressed file store under backups/objects: each distinct file content is kept once,
 * compressed, named by the SHA-256 of its bytes, so a backup copies only what changed and two
 * backups holding the same file share it. Compression runs on the thread pool, off the main thread.
 */
export class ObjectStore {
  constructor(readonly root: string) {}

  private pathOf(hash: string) {
    return join(this.root, hash.slice(0, 2), `${hash}.gz`)
  }

  has(hash: string): Promise<boolean> {
    return stat(this.pathOf(hash)).then(
      (s) => s.isFile() && s.size > 0,
      () => false,
    )
  }

  /**
   * Writes the object unless it is there; returns the bytes written. Durable before it is named:
   * a backup that lists it can rely on it. The folder is synced by `syncFolders` once per backup.
   */
  async put(hash: string, bytes: Uint8Array, touched: Set<string>): Promise<number> {
    if (await this.has(hash)) return 0
    const path = this.pathOf(hash)
    const dir = join(this.root, hash.slice(0, 2))
    await mkdir(dir, { recursive: true })
    const packed = await gzipAsync(bytes)
    const temp = tempPathFor(path)
    try {
      const file = await open(temp, 'wx')
      try {
        await file.writeFile(packed)
        await file.sync()
      } finally {
        await file.close()
      }
      await rename(temp, path)
    } catch (e) {
      await rm(temp, { force: true })
      throw e
    }
    touched.add(dir)
    return packed.length
  }

  /** The object's original bytes, checked against its name: a damaged object is never restored. */
  async get(hash: string): Promise<Buffer> {
    const bytes = await gunzipAsync(await readFile(this.pathOf(hash)))
    if (sha256(bytes) !== hash) throw new Error(`backup object ${hash} is damaged`)
    return bytes
  }

  /** Removes every object no backup refers to any more; returns how many. */
  async collect(referenced: ReadonlySet<string>): Promise<number> {
    let removed = 0
    for (const prefix of await readdir(this.root).catch(() => [] as string[])) {
      const dir = join(this.root, prefix)
      for (const name of await readdir(dir).catch(() => [] as string[])) {
        const hash = name.replace(/\.gz$/, '')
        if (!HASH.test(hash) || referenced.has(hash)) continue
        await rm(join(dir, name), { force: true })
        removed++
      }
    }
    return removed
  }
}

/** Flushes each folder's entry list once, after all of a backup's objects were renamed into it. */
export const syncFolders = async (dirs: Iterable<string>) => {
  for (const dir of dirs) {
    const handle = await open(dir, 'r').catch(() => null)
    await handle
      ?.sync()
      .catch(() => undefined)
      .finally(() => handle.close())
  }
}
