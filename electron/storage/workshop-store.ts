import { readdir } from 'node:fs/promises'
import { AppFailure } from '../../shared/api/result'
import type { WorkshopFile, WorkshopSummary } from '../../shared/workshop/workshop'
import { WorkshopFile as WorkshopFileSchema } from '../../shared/workshop/workshop'
import { toWorkshopSummary, workshopFileKind } from '../../shared/workshop/workshop-file'
import { saveDocument } from './durable-json-file'
import { KeyedQueue } from './keyed-queue'
import type { LibraryPaths } from './library-paths'
import { DATA_FILE } from './library-paths'
import { moveAside } from './move-aside'
import { loadVersionedFile } from './versioned-file'

export interface WorkshopView {
  workshop: WorkshopFile
  readOnly: boolean
}

/** One file per workshop under its client's folder; edits are serialised per workshop. */
export class WorkshopStore {
  private readonly queue = new KeyedQueue()

  constructor(private readonly paths: LibraryPaths) {}

  /** A client's history, newest first. Damaged files are moved aside and left out, never deleted. */
  async list(clientId: string): Promise<WorkshopSummary[]> {
    const names = await readdir(this.paths.workshops(clientId)).catch(() => [] as string[])
    const summaries: WorkshopSummary[] = []
    for (const id of names.flatMap((n) => DATA_FILE.exec(n)?.[1] ?? [])) {
      const path = this.paths.workshop(clientId, id)
      const loaded = await loadVersionedFile(path, workshopFileKind)
      if (loaded.status === 'ok') summaries.push(toWorkshopSummary(loaded.data))
      if (loaded.status === 'newer' && loaded.data)
        summaries.push(toWorkshopSummary(loaded.data, true))
      if (loaded.status === 'unreadable') await moveAside(path)
    }
    return summaries.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  }

  async get(clientId: string, id: string): Promise<WorkshopView> {
    const loaded = await loadVersionedFile(this.paths.workshop(clientId, id), workshopFileKind)
    if (loaded.status === 'ok') return { workshop: loaded.data, readOnly: false }
    if (loaded.status === 'newer' && loaded.data) return { workshop: loaded.data, readOnly: true }
    if (loaded.status === 'newer')
      throw new AppFailure('READ_ONLY', 'This workshop was saved by a newer version of the app.')
    if (loaded.status === 'unreadable') {
      const movedTo = await moveAside(this.paths.workshop(clientId, id))
      throw new AppFailure(
        'IO',
        `This workshop’s file could not be read (${loaded.reason}); it was moved aside to ${movedTo}.`,
      )
    }
    throw new AppFailure('NOT_FOUND', 'This workshop no longer exists.')
  }

  create(workshop: WorkshopFile): Promise<WorkshopFile> {
    return this.queue.run(workshop.id, () => this.persist(workshop))
  }

  /** Read-modify-write; the change sees the stored file and must return the next one. */
  update(
    clientId: string,
    id: string,
    change: (w: WorkshopFile) => WorkshopFile,
  ): Promise<WorkshopFile> {
    return this.queue.run(id, async () => {
      const { workshop, readOnly } = await this.get(clientId, id)
      if (readOnly)
        throw new AppFailure(
          'READ_ONLY',
          'This workshop was saved by a newer version of the app and opens read-only.',
        )
      const next = change(workshop)
      return next === workshop
        ? workshop
        : this.persist({ ...next, revision: workshop.revision + 1 })
    })
  }

  idle(): Promise<void> {
    return this.queue.idle()
  }

  private async persist(workshop: WorkshopFile): Promise<WorkshopFile> {
    const valid = WorkshopFileSchema.parse(workshop)
    await saveDocument(this.paths.workshop(valid.clientId, valid.id), valid)
    return valid
  }
}
