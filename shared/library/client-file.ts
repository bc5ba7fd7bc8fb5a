import type { FileKind, Migration } from './migrations'
import { CLIENT_SCHEMA_VERSION, ClientFile } from './client'

/** Ordered upgrades of client files; each new format adds a step here and a fixture in test/fixtures. */
export const clientMigrations: readonly Migration[] = [
  // 2: saves are counted; an earlier file's count is unknown and starts at zero.
  { to: 2, up: (data) => ({ ...data, revision: 0 }) },
]

export const clientFileKind: FileKind<ClientFile> = {
  label: 'Client file',
  currentVersion: CLIENT_SCHEMA_VERSION,
  migrations: clientMigrations,
  schema: ClientFile,
}
