import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { AppFailure } from '../../shared/api/result'
import type { BackupInfo } from '../../shared/library/library'
import { writeFileDurable } from './durable-write'
import { readPlainFile } from './file-reads'
import { ID_PATTERN } from '../../shared/library/fields'
import type { LibraryPaths } from './library-paths'
import { DATA_FILE, PER_CLIENT_FOLDERS } from './library-paths'

export const KEEP_BACKUPS = 10

/** What a backup holds: client files, workshops and agreements (a folder per client), templates. */
const BACKED_UP_FILE = new RegExp(
  `^(clients/${ID_PATTERN}|(${PER_CLIENT_FOLDERS.join('|')})/${ID_PATTERN}/${ID_PATTERN}|templates)\\.json$`,
)

/** A backup is one JSON file holding every data file's text, so it is copied and checked as a unit. */
const BackupFile = z.object({
  schemaVersion: z.literal(1),
  createdAt: z.string(),
  contentHash: z.string(),
  files: z.record(z.string().regex(BACKED_UP_FILE), z.string()),
})
type BackupFile = z.infer<typeof BackupFile>

const BACKUP_NAME = /^(backup-[0-9TZ-]+)\.json$/
const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.(\d{3})Z$/, '-$1Z')

const listJson = async (dir: string): Promise<string[]> =>
  (await readdir(dir).catch(() => [] as string[])).filter((n) => DATA_FILE.test(n)).sort()

const collectFiles = async (paths: LibraryPaths): Promise<Record<string, string>> => {
  const files: Record<string, string> = {}
  const add = async (rel: string) => {
    const bytes = await readPlainFile(join(paths.dataDir, rel)).catch(() => null)
    if (bytes !== null) files[rel] = bytes.toString('utf8')
  }
  for (const name of await listJson(paths.clients)) await add(`clients/${name}`)
  for (const folder of PER_CLIENT_FOLDERS) {
    const root = join(paths.dataDir, folder)
    for (const clientId of (await readdir(root).catch(() => [] as string[])).sort()) {
      for (const name of await listJson(join(root, clientId)))
        await add(`${folder}/${clientId}/${name}`)
    }
  }
  await add('templates.json')
  return files
}

const hashOf = (files: Record<string, string>) =>
  createHash('sha256').update(JSON.stringify(files)).digest('hex')

const infoOf = (id: string, b: BackupFile, bytes: number): BackupInfo => ({
  id,
  createdAt: b.createdAt,
  clientCount: Object.keys(b.files).filter((f) => f.startsWith('clients/')).length,
  fileCount: Object.keys(b.files).length,
  bytes,
})

const readBackup = async (paths: LibraryPaths, id: string) => {
  const text = await readFile(join(paths.backups, `${id}.json`), 'utf8')
  return { backup: BackupFile.parse(JSON.parse(text)), bytes: Buffer.byteLength(text) }
}

/** Backup ids, newest first (the id is a UTC timestamp, so name order is time order). */
const backupIds = async (paths: LibraryPaths): Promise<string[]> =>
  (await readdir(paths.backups).catch(() => [] as string[]))
    .flatMap((n) => BACKUP_NAME.exec(n)?.[1] ?? [])
    .sort()
    .reverse()

export const listBackups = async (paths: LibraryPaths): Promise<BackupInfo[]> => {
  const infos: BackupInfo[] = []
  for (const id of await backupIds(paths)) {
    const read = await readBackup(paths, id).catch(() => null)
    if (read) infos.push(infoOf(id, read.backup, read.bytes))
  }
  return infos
}

/** Backs up the data folder unless nothing changed since the newest backup; keeps the last ten. */
export const createBackup = async (
  paths: LibraryPaths,
  now = new Date(),
): Promise<BackupInfo | null> => {
  const files = await collectFiles(paths)
  const contentHash = hashOf(files)
  const newest = (await backupIds(paths))[0]
  const previous = newest ? await readBackup(paths, newest).catch(() => null) : null
  if (previous?.backup.contentHash === contentHash) return null
  const id = `backup-${stamp(now)}`
  const backup: BackupFile = { schemaVersion: 1, createdAt: now.toISOString(), contentHash, files }
  const text = JSON.stringify(backup)
  await mkdir(paths.backups, { recursive: true })
  await writeFileDurable(join(paths.backups, `${id}.json`), text)
  await pruneBackups(paths)
  return infoOf(id, backup, Buffer.byteLength(text))
}

const pruneBackups = async (paths: LibraryPaths) => {
  for (const id of (await backupIds(paths)).slice(KEEP_BACKUPS)) {
    await rm(join(paths.backups, `${id}.json`))
  }
}

/**
 * Puts the library back as it was in a backup. The current state is backed up first, and clients
 * that the backup does not have go to trash/, so a restore can itself be undone.
 */
export const restoreBackup = async (paths: LibraryPaths, id: string, now = new Date()) => {
  const read = await readBackup(paths, id).catch(() => null)
  if (!read) throw new AppFailure('NOT_FOUND', 'That backup could not be read.')
  await createBackup(paths, now)
  const current = await collectFiles(paths)
  await mkdir(paths.trash, { recursive: true })
  for (const rel of Object.keys(current)) {
    if (rel in read.backup.files) continue
    const parked = join(paths.trash, rel.replaceAll('/', '--'))
    await rename(join(paths.dataDir, rel), parked)
  }
  for (const [rel, text] of Object.entries(read.backup.files)) {
    if (current[rel] === text) continue
    await mkdir(dirname(join(paths.dataDir, rel)), { recursive: true })
    await writeFileDurable(join(paths.dataDir, rel), text)
  }
}
