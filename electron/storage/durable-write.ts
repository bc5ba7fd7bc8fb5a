import { createHash } from 'node:crypto'
import type { Stats } from 'node:fs'
import { mkdir, open, rename, rm, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { isMissing, readPlainFile } from './file-reads'
import { tempPathFor } from './temp-files'

const chains = new Map<string, Promise<unknown>>()

/** Tells two states of one file apart by its exact bytes; null stands for "no file". */
export function fingerprint(bytes: Uint8Array): string
export function fingerprint(bytes: Uint8Array | null): string | null
export function fingerprint(bytes: Uint8Array | null): string | null {
  return bytes === null ? null : createHash('sha256').update(bytes).digest('hex')
}

/** A file's bytes, or null when there is no file; any other failure to read is thrown. */
export const readBytesOrNull = (path: string): Promise<Buffer | null> =>
  readPlainFile(path).catch((e: unknown) => {
    if (isMissing(e)) return null
    throw e
  })

/** The file on disk is no longer the one the change was made from; nothing was written. */
export class FileChangedOnDisk extends Error {
  constructor(readonly path: string) {
    super(`${path} was changed by someone else since it was read`)
    this.name = 'FileChangedOnDisk'
  }
}

export interface WriteOptions {
  /**
   * The fingerprint of the file this write replaces (null: there must be no file). Checked after
   * the new bytes are safely on disk and just before they replace the old ones, so a change saved
   * by another process (or a synced folder) in the meantime is never overwritten.
   */
  expected?: string | null
}

/** Flushes a folder's entry list so the rename itself survives a power cut; some systems refuse. */
const syncFolder = async (dir: string) => {
  let handle
  try {
    handle = await open(dir, 'r')
    await handle.sync()
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (!['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'EACCES'].includes(code ?? '')) throw e
  } finally {
    await handle?.close()
  }
}

/** Opens a new temp file; the folder is made only when it is missing, not checked on every save. */
const openTemp = async (temp: string) => {
  try {
    return await open(temp, 'wx')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
    await mkdir(dirname(temp), { recursive: true })
    return open(temp, 'wx')
  }
}

const writeOnce = async (path: string, data: string | Uint8Array, options: WriteOptions) => {
  const dir = dirname(path)
  const temp = tempPathFor(path)
  try {
    const file = await openTemp(temp)
    try {
      await file.writeFile(data)
      await file.sync()
    } finally {
      await file.close()
    }
    if (options.expected !== undefined) {
      const onDisk = fingerprint(await readBytesOrNull(path))
      if (onDisk !== options.expected) throw new FileChangedOnDisk(path)
    }
    await rename(temp, path)
  } catch (e) {
    await rm(temp, { force: true })
    throw e
  }
  // The file's identity as written is looked up while the folder syncs, not after it.
  const [, written] = await Promise.all([syncFolder(dir), stat(path).catch(() => null)])
  return written
}

/**
 * Atomic and durable: a unique temp file in the same folder, written, fsynced, renamed over the
 * target, then the folder fsynced. Writes to one path run in call order, so the last call wins.
 * Answers the file's stat just after the rename (null if it was gone already), which a caller can
 * keep to know later whether the file is still the one it wrote (see `sameFile`).
 */
export const writeFileDurableStat = (
  path: string,
  data: string | Uint8Array,
  options: WriteOptions = {},
): Promise<Stats | null> => {
  const previous = chains.get(path) ?? Promise.resolve()
  const next = previous.catch(() => undefined).then(() => writeOnce(path, data, options))
  chains.set(path, next)
  // Forgets the chain once it is done, whatever its outcome; the caller gets that from `next`.
  const forget = () => {
    if (chains.get(path) === next) chains.delete(path)
  }
  next.then(forget, forget)
  return next
}

/** `writeFileDurableStat` for a caller that needs only to know the bytes are safe. */
export const writeFileDurable = async (
  path: string,
  data: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> => {
  await writeFileDurableStat(path, data, options)
}

/**
 * Whether two stats are of one unchanged file: same inode, size, modification and change time.
 * The change time is set by the system on any write or rename, so a tool that restores the
 * modification time is still seen; only a same-size rewrite in place within the same clock tick
 * could pass unseen, and a save still compares the exact bytes before it replaces a file.
 */
export const sameFile = (a: Stats, b: Stats): boolean =>
  a.dev === b.dev &&
  a.ino === b.ino &&
  a.size === b.size &&
  a.mtimeMs === b.mtimeMs &&
  a.ctimeMs === b.ctimeMs
