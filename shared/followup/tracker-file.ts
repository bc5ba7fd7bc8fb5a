import type { FileKind, Migration } from '../library/migrations'
import type { TrackerFile } from './tracker'
import { TRACKER_SCHEMA_VERSION, TrackerFile as TrackerFileSchema } from './tracker'

/** Ordered upgrades of tracker files; each new format adds a step here and a fixture. */
export const trackerMigrations: readonly Migration[] = []

export const trackerFileKind: FileKind<TrackerFile> = {
  label: 'Follow-up file',
  currentVersion: TRACKER_SCHEMA_VERSION,
  migrations: trackerMigrations,
  schema: TrackerFileSchema,
}
