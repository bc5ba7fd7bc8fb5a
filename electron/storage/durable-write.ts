import { createHash } from 'node:crypto'
import { mkdir, open, rename, rm } from 'node:fs/promises'
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

const writeOnce = async (path: string, data: string | Uint8Array, options: WriteOptions) => {
  const dir = dirname(path)
  await mkdir(dir, { recursive: true })
  const temp = tempPathFor(path)
  try {
    const file = await open(temp, 'wx')
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
  await syncFolder(dir)
}

/**
 * Atomic and durable: a unique temp file in the same folder, written, fsynced, renamed over the
 * target, then the folder fsynced. Writes to one path run in call order, so the last call wins.
 */
export const writeFileDurable = (
  path: string,
  data: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> => {
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
