import { randomBytes } from 'node:crypto'
import { link, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { z } from 'zod'
import { fingerprint } from './durable-write'
import { codeOf, isMissing } from './file-reads'
import { HOST_TAG, bootTimeMs, processAlive, tempPathFor } from './temp-files'

/** What the lock file says about the process that writes the library. */
export const LockRecord = z.object({
  token: z.string().min(8).max(64),
  pid: z.number().int().positive(),
  host: z.string().max(255),
  /** When the holder's computer started: a lock from before a restart is dead, whatever its pid. */
  bootedAt: z.number(),
  appVersion: z.string().max(64),
  startedAt: z.iso.datetime({ offset: true }),
  heartbeatAt: z.iso.datetime({ offset: true }),
})
export type LockRecord = z.infer<typeof LockRecord>

export interface LockFileRead {
  /** null: the file exists but does not hold a lock record (damaged, or from elsewhere). */
  record: LockRecord | null
  /** The exact bytes, to tell later whether the file is still this one. */
  print: string
}

export const newLockRecord = (appVersion: string, now: number): LockRecord => ({
  token: randomBytes(12).toString('hex'),
  pid: process.pid,
  host: hostname(),
  bootedAt: bootTimeMs(now),
  appVersion,
  startedAt: new Date(now).toISOString(),
  heartbeatAt: new Date(now).toISOString(),
})

export const lockText = (record: LockRecord) => JSON.stringify(record, null, 2) + '\n'

export const readLockFile = async (path: string): Promise<LockFileRead | null> => {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (e) {
    if (isMissing(e)) return null
    throw e
  }
  let raw: unknown = null
  try {
    raw = JSON.parse(bytes.toString('utf8'))
  } catch {
    // A damaged lock is judged like a dead one.
  }
  const parsed = LockRecord.safeParse(raw)
  return { record: parsed.success ? parsed.data : null, print: fingerprint(bytes) }
}

/** Restarts move the boot time by a moment either way; more than this is another boot. */
const SAME_BOOT_MS = 2 * 60 * 1000

/**
 * Whether a lock still belongs to a running app. On this computer the process itself is asked; a
 * lock from another computer (a synced or shared folder) lives as long as its heartbeat is fresh.
 */
export const lockIsLive = (
  record: LockRecord | null,
  now: number,
  staleMs: number,
  ownTokens: ReadonlySet<string>,
): boolean => {
  if (!record) return false
  if (ownTokens.has(record.token)) return true
  const heartbeatAge = now - Date.parse(record.heartbeatAt)
  if (heartbeatAge > staleMs) return false
  if (record.host !== hostname()) return true
  if (Math.abs(record.bootedAt - bootTimeMs(now)) > SAME_BOOT_MS) return false
  // Our own pid with a token we do not hold: a copy of our lock, or one left by a closed store.
  if (record.pid === process.pid) return false
  return processAlive(record.pid)
}

/** File systems without hard links (FAT on a USB stick, some shares) answer these to link(). */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EINVAL'])

/**
 * Creates the lock file only if there is none, whole from its first byte: the record is written to
 * a temp file and hard-linked into place, which fails when the name is taken. Without hard links,
 * an exclusive create is the fallback. Any other failure (no permission, read-only disk) is thrown.
 */
export const createLockFile = async (path: string, record: LockRecord): Promise<boolean> => {
  const text = lockText(record)
  const temp = tempPathFor(path)
  await writeFile(temp, text, { flag: 'wx' })
  try {
    await link(temp, path)
    return true
  } catch (e) {
    if (codeOf(e) === 'EEXIST') return false
    if (!NO_LINKS.has(codeOf(e) ?? '')) throw e
  } finally {
    await rm(temp, { force: true })
  }
  try {
    await writeFile(path, text, { flag: 'wx' })
    return true
  } catch (e) {
    if (codeOf(e) === 'EEXIST') return false
    throw e
  }
}

/**
 * Removes a dead lock, but only the one judged dead: it is renamed aside first, and if what was
 * renamed is not that lock (another process took over in between), it is put back.
 */
export const removeDeadLock = async (path: string, judged: LockFileRead): Promise<boolean> => {
  const aside = `${path}.dead-${HOST_TAG}-${process.pid}-${randomBytes(4).toString('hex')}`
  try {
    await rename(path, aside)
  } catch (e) {
    if (isMissing(e)) return true
    throw e
  }
  const moved = await readLockFile(aside)
  if (moved?.print === judged.print) {
    await rm(aside, { force: true })
    return true
  }
  await link(aside, path).catch(() => undefined)
  await rm(aside, { force: true })
  return false
}
