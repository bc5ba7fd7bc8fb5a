import { AppFailure } from '../../shared/api/result'
import type { TrackerFile } from '../../shared/followup/tracker'
import { emptyTracker, TRACKER_ID } from '../../shared/followup/tracker'
import { trackerFileKind } from '../../shared/followup/tracker-file'
import type { LibraryScope } from './client-document-store'
import { ClientDocumentStore } from './client-document-store'

export interface TrackerView {
  tracker: TrackerFile
  readOnly: boolean
}

/** A client's follow-up: one file that exists from the first status, review or pairing on. */
export class TrackerStore {
  private readonly docs: ClientDocumentStore<TrackerFile, null>

  constructor(
    library: LibraryScope,
    private readonly now: () => Date,
  ) {
    this.docs = new ClientDocumentStore(
      {
        noun: 'follow-up file',
        fileKind: trackerFileKind,
        folder: library.paths.followup,
        file: library.paths.followupFile,
        summarize: () => null,
      },
      library,
    )
  }

  async get(clientId: string): Promise<TrackerView> {
    try {
      const { doc, readOnly } = await this.docs.get(clientId, TRACKER_ID)
      return { tracker: doc, readOnly }
    } catch (e) {
      if (e instanceof AppFailure && e.code === 'NOT_FOUND')
        return { tracker: emptyTracker(clientId, this.now().toISOString()), readOnly: false }
      throw e
    }
  }

  update(clientId: string, change: (t: TrackerFile) => TrackerFile): Promise<TrackerFile> {
    const stamp = () => this.now().toISOString()
    return this.docs.upsert(
      clientId,
      TRACKER_ID,
      () => emptyTracker(clientId, stamp()),
      (t) => {
        const next = change(t)
        return next === t ? t : { ...next, updatedAt: stamp() }
      },
    )
  }

  idle(): Promise<void> {
    return this.docs.idle()
  }
}
