import { join } from 'node:path'
import { ID_PATTERN } from '../../shared/library/fields'

export const LOCK_FILE_NAME = '.smartketing-lock.json'

/** The data folder's layout: one JSON file per client, a small index, trash and backups beside them. */
export const libraryPaths = (dataDir: string) => ({
  dataDir,
  index: join(dataDir, 'index.json'),
  /** Who writes this library now (see library-lock.ts); hidden, and never copied or backed up. */
  lock: join(dataDir, LOCK_FILE_NAME),
  clients: join(dataDir, 'clients'),
  client: (id: string) => join(dataDir, 'clients', `${id}.json`),
  trash: join(dataDir, 'trash'),
  trashed: (id: string) => join(dataDir, 'trash', `${id}.json`),
  backups: join(dataDir, 'backups'),
  /** A client's workshops sit in a folder of their own, so listing them never scans the library. */
  workshops: (clientId: string) => join(dataDir, 'workshops', clientId),
  workshop: (clientId: string, id: string) => join(dataDir, 'workshops', clientId, `${id}.json`),
  agreements: (clientId: string) => join(dataDir, 'agreements', clientId),
  agreement: (clientId: string, id: string) => join(dataDir, 'agreements', clientId, `${id}.json`),
  /** The follow-up written after the sessions: one tracker file per client. */
  followup: (clientId: string) => join(dataDir, 'followup', clientId),
  followupFile: (clientId: string, id: string) => join(dataDir, 'followup', clientId, `${id}.json`),
  templates: join(dataDir, 'templates.json'),
})
export type LibraryPaths = ReturnType<typeof libraryPaths>

/** The folders that hold one sub-folder per client. */
export const PER_CLIENT_FOLDERS = ['workshops', 'agreements', 'followup'] as const

/** A document's file name: its id and `.json`. */
export const DATA_FILE = new RegExp(`^(${ID_PATTERN})\\.json$`)
