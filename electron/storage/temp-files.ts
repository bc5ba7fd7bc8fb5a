import { createHash, randomBytes } from 'node:crypto'
import { readdir, rm, stat } from 'node:fs/promises'
import { hostname, uptime } from 'node:os'
import { basename, dirname, join } from 'node:path'
import type { LibraryPaths } from './library-paths'
import { PER_CLIENT_FOLDERS } from './library-paths'

/** Short, file-name-safe tag for this computer, so a synced folder tells its writers apart. */
export const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 8)

/**
 * `.<name>.<host>-<pid>.<random>.tmp`: every temp file names the computer and process writing it,
 * so a sweep can tell a crashed write's leftovers from a live write of another process. Files of
 * the older `.<name>.<pid>.<random>.tmp` form were always written on this computer.
 */
const TEMP_FILE = /^\..+\.(?:([0-9a-f]{8})-)?(\d+)\.[0-9a-f]{12}\.tmp$/

/** A write never takes this long; a temp file from another computer older than this is dead. */
const FOREIGN_TEMP_MAX_AGE_MS = 60 * 60 * 1000

export const tempPathFor = (path: string) =>
  join(
    dirname(path),
    `.${basename(path)}.${HOST_TAG}-${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  )

/** Whether a process of this computer still runs (EPERM: it runs, as another user). */
export const processAlive = (pid: number): boolean => {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** When this computer last started; a file older than that outlived every process that wrote it. */
export const bootTimeMs = (now = Date.now()) => now - uptime() * 1000

const isDead = (name: string, mtimeMs: number, now: number): boolean => {
  const m = TEMP_FILE.exec(name)
  if (!m) return false
  const [, host, pid] = m
  if (host !== undefined && host !== HOST_TAG) return now - mtimeMs > FOREIGN_TEMP_MAX_AGE_MS
  return mtimeMs < bootTimeMs(now) || !processAlive(Number(pid))
}

/** Removes the temp files in one folder whose writer is gone; a live write's file is left alone. */
export const removeDeadTempFiles = async (dir: string, now = Date.now()): Promise<number> => {
  const names = await readdir(dir).catch(() => [] as string[])
  let removed = 0
  for (const name of names.filter((n) => TEMP_FILE.test(n))) {
    const full = join(dir, name)
    const st = await stat(full).catch(() => null)
    if (!st?.isFile() || !isDead(name, st.mtimeMs, now)) continue
    await rm(full, { force: true }).then(
      () => removed++,
      () => undefined,
    )
  }
  return removed
}

/** Every folder of the library a save can write into: the root, clients, trash, backups, sessions. */
export const sweepLibraryTempFiles = async (paths: LibraryPaths): Promise<number> => {
  const folders = [paths.dataDir, paths.clients, paths.trash, paths.backups]
  for (const group of [...PER_CLIENT_FOLDERS, 'backups/objects']) {
    const root = join(paths.dataDir, group)
    for (const clientId of await readdir(root).catch(() => [] as string[]))
      folders.push(join(root, clientId))
  }
  let removed = 0
  for (const folder of folders) removed += await removeDeadTempFiles(folder)
  return removed
}
