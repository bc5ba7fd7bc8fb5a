import type { WorkshopFile, WorkshopSummary } from '../../shared/workshop/workshop'
import { WorkshopFile as WorkshopFileSchema } from '../../shared/workshop/workshop'
import { toWorkshopSummary, workshopFileKind } from '../../shared/workshop/workshop-file'
import { ClientDocumentStore } from './client-document-store'
import type { LibraryPaths } from './library-paths'

export interface WorkshopView {
  workshop: WorkshopFile
  readOnly: boolean
}

/** One file per workshop (goal workshop or communication session) under its client's folder. */
export class WorkshopStore {
  private readonly docs: ClientDocumentStore<WorkshopFile, WorkshopSummary>

  constructor(paths: LibraryPaths) {
    this.docs = new ClientDocumentStore({
      noun: 'workshop',
      fileKind: workshopFileKind,
      schema: WorkshopFileSchema,
      folder: paths.workshops,
      file: paths.workshop,
      summarize: toWorkshopSummary,
    })
  }

  list(clientId: string): Promise<WorkshopSummary[]> {
    return this.docs.list(clientId)
  }

  async get(clientId: string, id: string): Promise<WorkshopView> {
    const { doc, readOnly } = await this.docs.get(clientId, id)
    return { workshop: doc, readOnly }
  }

  create(workshop: WorkshopFile): Promise<WorkshopFile> {
    return this.docs.create(workshop)
  }

  update(clientId: string, id: string, change: (w: WorkshopFile) => WorkshopFile) {
    return this.docs.update(clientId, id, change)
  }

  idle(): Promise<void> {
    return this.docs.idle()
  }
}
