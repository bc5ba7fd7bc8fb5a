import { join } from 'node:path'

/** The data folder's layout: one JSON file per client, a small index, trash and backups beside them. */
export const libraryPaths = (dataDir: string) => ({
  dataDir,
  index: join(dataDir, 'index.json'),
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

export const DATA_FILE = /^([a-z0-9][a-z0-9-]{5,63})\.json$/
export const CLIENT_FILE = /^([a-z0-9][a-z0-9-]{5,63})\.json$/
