import { randomBytes } from 'node:crypto'
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/
const chains = new Map<string, Promise<unknown>>()

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

const writeOnce = async (path: string, data: string | Uint8Array) => {
  const dir = dirname(path)
  await mkdir(dir, { recursive: true })
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const file = await open(temp, 'wx')
    try {
      await file.writeFile(data)
      await file.sync()
    } finally {
      await file.close()
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
export const writeFileDurable = (path: string, data: string | Uint8Array): Promise<void> => {
  const previous = chains.get(path) ?? Promise.resolve()
  const next = previous.catch(() => undefined).then(() => writeOnce(path, data))
  chains.set(path, next)
  void next
    .catch(() => undefined)
    .then(() => {
      if (chains.get(path) === next) chains.delete(path)
    })
  return next
}

/** Deletes temp files left by a write that a crash interrupted; only files of our own pattern. */
export const removeStaleTempFiles = async (dir: string): Promise<void> => {
  const names = await readdir(dir).catch(() => [] as string[])
  await Promise.all(
    names.filter((n) => TEMP_FILE.test(n)).map((n) => rm(join(dir, n), { force: true })),
  )
}
