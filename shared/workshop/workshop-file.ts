import type { FileKind, Migration } from '../library/migrations'
import type { WorkshopFile, WorkshopSummary } from './workshop'
import { WORKSHOP_SCHEMA_VERSION, WorkshopFile as WorkshopFileSchema } from './workshop'

const withPhaseNotes = (timer: unknown): unknown => {
  if (typeof timer !== 'object' || timer === null) return timer
  const { phases } = timer as { phases?: unknown }
  if (!Array.isArray(phases)) return timer
  return { ...timer, phases: phases.map((p: unknown) => ({ notes: '', ...(p as object) })) }
}

/** Ordered upgrades of workshop files; each new format adds a step here and a fixture. */
export const workshopMigrations: readonly Migration[] = [
  // 2: sessions have a kind; every earlier file was a goal workshop.
  { to: 2, up: (data) => ({ ...data, kind: 'goals', agreementId: null }) },
  // 3: action-plan meetings carry their own board; no earlier session had one.
  { to: 3, up: (data) => ({ ...data, meeting: null }) },
  // 4: every phase carries the facilitator's private notes; earlier plans had none.
  { to: 4, up: (data) => ({ ...data, timer: withPhaseNotes(data['timer']) }) },
]

export const workshopFileKind: FileKind<WorkshopFile> = {
  label: 'Workshop file',
  currentVersion: WORKSHOP_SCHEMA_VERSION,
  migrations: workshopMigrations,
  schema: WorkshopFileSchema,
}

export const toWorkshopSummary = (w: WorkshopFile, readOnly = false): WorkshopSummary => ({
  id: w.id,
  clientId: w.clientId,
  kind: w.kind,
  agreementId: w.agreementId,
  title: w.title,
  scope: w.scope,
  createdAt: w.createdAt,
  updatedAt: w.updatedAt,
  status: w.timer.status,
  participantCount: w.participants.length,
  goalTitles: w.board.goals.map((g) => g.title),
  readOnly,
})
