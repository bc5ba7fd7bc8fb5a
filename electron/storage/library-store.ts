import { mkdir, rename, stat } from 'node:fs/promises'
import { AppFailure } from '../../shared/api/result'
import type { ClientFile, ClientSummary } from '../../shared/library/client'
import { ClientFile as ClientFileSchema, toSummary } from '../../shared/library/client'
import type { LibraryHealth, LibraryProblem } from '../../shared/library/library'
import type { IndexEntry } from './client-index'
import { writeIndex } from './client-index'
import { clientFileKind } from '../../shared/library/client-file'
import { loadVersionedFile } from './versioned-file'
import { saveDocument } from './durable-json-file'
import { KeyedQueue } from './keyed-queue'
import type { LibraryPaths } from './library-paths'
import { libraryPaths } from './library-paths'
import { openLibraryFolder } from './library-open'

const INDEX_DELAY_MS = 250

/** The client library in one data folder. Every edit rewrites only that client's own file. */
export class LibraryStore {
  private readonly queue = new KeyedQueue()
  private indexTimer: NodeJS.Timeout | null = null
  private indexWrite: Promise<void> = Promise.resolve()

  private constructor(
    readonly paths: LibraryPaths,
    private readonly entries: Map<string, IndexEntry>,
    private readonly problems: LibraryProblem[],
  ) {}

  static async open(dataDir: string): Promise<LibraryStore> {
    const paths = libraryPaths(dataDir)
    const opened = await openLibraryFolder(paths)
    const store = new LibraryStore(paths, opened.entries, opened.problems)
    if (opened.indexChanged) await store.writeIndexNow()
    return store
  }

  list(): ClientSummary[] {
    return [...this.entries.values()].map((e) => e.summary)
  }

  health(): LibraryHealth {
    return {
      dataDir: this.paths.dataDir,
      clientCount: this.entries.size,
      problems: [...this.problems],
    }
  }

  async get(id: string): Promise<{ client: ClientFile; readOnly: boolean }> {
    const loaded = await loadVersionedFile(this.paths.client(id), clientFileKind)
    if (loaded.status === 'ok') return { client: loaded.data, readOnly: false }
    if (loaded.status === 'newer' && loaded.data) return { client: loaded.data, readOnly: true }
    if (loaded.status === 'newer') {
      throw new AppFailure(
        'READ_ONLY',
        'This client was saved by a newer version of the app; update the app to open it.',
      )
    }
    throw new AppFailure('NOT_FOUND', 'This client no longer exists or could not be read.')
  }

  /** Writes a brand-new client file; fails rather than overwrite an existing id. */
  async create(client: ClientFile): Promise<ClientFile> {
    return this.queue.run(client.id, async () => {
      if (this.entries.has(client.id))
        throw new AppFailure('CONFLICT', 'A client with this id exists.')
      return this.persist(client)
    })
  }

  /** Read-modify-write of one client, serialised per client; refuses files from newer versions. */
  async update(id: string, change: (c: ClientFile) => ClientFile): Promise<ClientFile> {
    return this.queue.run(id, async () => {
      const { client, readOnly } = await this.get(id)
      if (readOnly) {
        throw new AppFailure(
          'READ_ONLY',
          `“${client.name}” was saved by a newer version of the app and opens read-only.`,
        )
      }
      const next = change(client)
      return next === client ? client : this.persist({ ...next, revision: client.revision + 1 })
    })
  }

  /** Deleting moves the file to trash/, so an undo (or a person with a file manager) gets it back. */
  async trash(id: string): Promise<ClientSummary> {
    return this.queue.run(id, async () => {
      const entry = this.requireEntry(id)
      await mkdir(this.paths.trash, { recursive: true })
      await rename(this.paths.client(id), this.paths.trashed(id))
      this.entries.delete(id)
      this.scheduleIndex()
      return entry.summary
    })
  }

  async untrash(id: string): Promise<ClientFile> {
    return this.queue.run(id, async () => {
      if (this.entries.has(id))
        throw new AppFailure('CONFLICT', 'This client is already in the library.')
      const loaded = await loadVersionedFile(this.paths.trashed(id), clientFileKind)
      if (loaded.status !== 'ok')
        throw new AppFailure('NOT_FOUND', 'There is no deleted client to bring back.')
      await rename(this.paths.trashed(id), this.paths.client(id))
      await this.remember(loaded.data)
      return loaded.data
    })
  }

  async flush(): Promise<void> {
    await this.queue.idle()
    if (this.indexTimer) {
      clearTimeout(this.indexTimer)
      this.indexTimer = null
      await this.writeIndexNow()
    }
    await this.indexWrite
  }

  private requireEntry(id: string): IndexEntry {
    const entry = this.entries.get(id)
    if (!entry) throw new AppFailure('NOT_FOUND', 'This client no longer exists.')
    if (entry.summary.readOnly)
      throw new AppFailure('READ_ONLY', `“${entry.summary.name}” opens read-only.`)
    return entry
  }

  private async persist(client: ClientFile): Promise<ClientFile> {
    const valid = ClientFileSchema.parse(client)
    await saveDocument(this.paths.client(valid.id), valid)
    await this.remember(valid)
    return valid
  }

  /** The index is rewritten (later, once) only when a listed field changed, never for a plain edit. */
  private async remember(client: ClientFile): Promise<void> {
    const summary = toSummary(client)
    const st = await stat(this.paths.client(client.id))
    const before = this.entries.get(client.id)?.summary
    this.entries.set(client.id, { summary, mtimeMs: st.mtimeMs, size: st.size })
    if (!before || listedFieldsDiffer(before, summary)) this.scheduleIndex()
  }

  private scheduleIndex(): void {
    if (this.indexTimer) return
    this.indexTimer = setTimeout(() => {
      this.indexTimer = null
      void this.writeIndexNow()
    }, INDEX_DELAY_MS)
  }

  private writeIndexNow(): Promise<void> {
    this.indexWrite = this.indexWrite
      .catch(() => undefined)
      .then(() => writeIndex(this.paths.index, this.entries.values()))
    return this.indexWrite
  }
}

const listedFieldsDiffer = (a: ClientSummary, b: ClientSummary): boolean =>
  a.name !== b.name ||
  a.industry !== b.industry ||
  a.archived !== b.archived ||
  a.memberCount !== b.memberCount
