import type { FileKind, Migration } from './migrations'
import { CLIENT_SCHEMA_VERSION, ClientFile } from './client'

/** Ordered upgrades of client files; each new format adds a step here and a fixture in test/fixtures. */
export const clientMigrations: readonly Migration[] = []

export const clientFileKind: FileKind<ClientFile> = {
  label: 'Client file',
  currentVersion: CLIENT_SCHEMA_VERSION,
  migrations: clientMigrations,
  schema: ClientFile,
}
