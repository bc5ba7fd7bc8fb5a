import type { Stats } from 'node:fs'
import { mkdir, rename, stat } from 'node:fs/promises'
import { AppFailure } from '../../shared/api/result'
import type { ClientFile, ClientSummary } from '../../shared/library/client'
import { ClientFile as ClientFileSchema, toSummary } from '../../shared/library/client'
import { clientFileKind } from '../../shared/library/client-file'
import type { LibraryHealth, LibraryProblem } from '../../shared/library/library'
import { BackgroundRead } from './background-read'
import type { IndexEntry } from './client-index'
import { DocumentFiles } from './document-files'
import { IndexWriter } from './index-writer'
import { KeyedQueue } from './keyed-queue'
import type { LockOptions } from './library-lock'
import { LibraryLock } from './library-lock'
import { openLibraryFolder } from './library-open'
import type { LibraryPaths } from './library-paths'
import { libraryPaths } from './library-paths'
import { ProblemLog } from './problem-log'
import { loadVersionedFile } from './versioned-file'

/** More client files than this unknown to the index are read after the library opens, not before. */
export const READ_IN_BACKGROUND_ABOVE = 500

export interface OpenOptions {
  /** Written into the lock, so a second process can say which app holds the library. */
  appVersion?: string
  lock?: Omit<LockOptions, 'appVersion'>
  /** The lock was lost or won while open: the library should be opened again. */
  onAccessChange?: () => void
  /** Clients read in the background joined the list (see `reading`). */
  onClientsRead?: () => void
}

/** The client library in one data folder. Every edit rewrites only that client's own file. */
export class LibraryStore {
  private readonly queue = new KeyedQueue()
  private readonly files: DocumentFiles<ClientFile>
  private readonly index: IndexWriter
  /** Every file found unreadable since the library was opened; see `health`. */
  readonly problems: ProblemLog
  /** Client files still being read in the background after the library opened, or null. */
  private reading: BackgroundRead | null = null
  /** Clients saved, deleted or restored since the library opened: a background read never overrides them. */
  private readonly touched = new Set<string>()
  /** The list as last asked for, until a client changes: the same frozen array each time. */
  private listed: readonly ClientSummary[] | null = null

  private constructor(
    readonly paths: LibraryPaths,
    readonly lock: LibraryLock,
    private readonly entries: Map<string, IndexEntry>,
    opened: readonly LibraryProblem[],
  ) {
    this.files = new DocumentFiles(clientFileKind, lock, 'client')
    this.problems = new ProblemLog(opened, (id) => this.entries.get(id)?.summary.name ?? null)
    this.index = new IndexWriter(
      paths.index,
      () => this.entries.values(),
      () => lock.writable,
    )
  }

  static async open(dataDir: string, options: OpenOptions = {}): Promise<LibraryStore> {
    const paths = libraryPaths(dataDir)
    // A folder that cannot be made is reported by the lock, which cannot be written either.
    await mkdir(dataDir, { recursive: true }).catch(() => undefined)
    const lock = await LibraryLock.acquire(
      paths.lock,
      { appVersion: options.appVersion ?? 'unknown', ...options.lock },
      options.onAccessChange,
    )
    const opened = await openLibraryFolder(paths, lock.writable, READ_IN_BACKGROUND_ABOVE)
    const store = new LibraryStore(paths, lock, opened.entries, opened.problems)
    if (opened.pending.length > 0) store.readInBackground(opened.pending, options.onClientsRead)
    else if (opened.indexChanged && lock.writable) await store.index.now().catch(() => undefined)
    return store
  }

  /** The files the index did not know join the list while the app is in use; see BackgroundRead. */
  private readInBackground(pending: string[], onRead?: () => void) {
    this.reading = new BackgroundRead(pending, {
      paths: this.paths,
      writable: () => this.lock.writable,
      found: (entries, problems) => {
        for (const entry of entries)
          if (!this.touched.has(entry.summary.id)) this.entries.set(entry.summary.id, entry)
        this.listed = null
        for (const problem of problems) this.problems.add(problem)
      },
      finished: async () => {
        if (this.lock.writable) await this.index.now().catch(() => undefined)
      },
      onRead,
    })
  }

  /**
   * Every client's summary. Unchanged since the last call, it is the very same frozen array, so
   * the contract's gate can tell it has checked this answer before (see dispatch.ts).
   */
  list(): readonly ClientSummary[] {
    this.listed ??= Object.freeze([...this.entries.values()].map((e) => e.summary))
    return this.listed
  }

  health(): LibraryHealth {
    const readOnly = this.lock.readOnlyMessage
    const locked: LibraryProblem[] = readOnly
      ? [
          {
            kind: 'read-only',
            file: '',
            clientId: null,
            clientName: null,
            movedTo: null,
            message: readOnly,
          },
        ]
      : []
    return {
      dataDir: this.paths.dataDir,
      clientCount: this.entries.size,
      readOnly: readOnly !== null,
      problems: [...locked, ...this.problems.list()],
      ...(this.reading?.progress && { reading: { ...this.reading.progress } }),
    }
  }

  async get(id: string): Promise<{ client: ClientFile; readOnly: boolean }> {
    const loaded = await this.files.read(this.paths.client(id))
    if (loaded.status === 'ok') return { client: loaded.data, readOnly: false }
    if (loaded.status === 'newer' && loaded.data) return { client: loaded.data, readOnly: true }
    if (loaded.status === 'newer') {
      throw new AppFailure(
        'READ_ONLY',
        'This client was saved by a newer version of the app; update the app to open it.',
      )
    }
    if (loaded.status === 'unreadable')
      throw new AppFailure('IO', `This client’s file could not be read: ${loaded.reason}.`)
    throw new AppFailure('NOT_FOUND', 'This client no longer exists.')
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
      this.lock.assertWritable()
      const entry = this.requireEntry(id)
      await mkdir(this.paths.trash, { recursive: true })
      await rename(this.paths.client(id), this.paths.trashed(id))
      this.files.forget(this.paths.client(id))
      this.entries.delete(id)
      this.listed = null
      this.touched.add(id)
      this.index.schedule()
      return entry.summary
    })
  }

  async untrash(id: string): Promise<ClientFile> {
    return this.queue.run(id, async () => {
      this.lock.assertWritable()
      if (this.entries.has(id))
        throw new AppFailure('CONFLICT', 'This client is already in the library.')
      const loaded = await loadVersionedFile(this.paths.trashed(id), clientFileKind)
      if (loaded.status !== 'ok')
        throw new AppFailure('NOT_FOUND', 'There is no deleted client to bring back.')
      await rename(this.paths.trashed(id), this.paths.client(id))
      this.files.forget(this.paths.client(id))
      await this.remember(loaded.data)
      return loaded.data
    })
  }

  /** Pending saves and the index reach the disk (a background read still going writes it when done). */
  async flush(): Promise<void> {
    await this.queue.idle()
    await this.index.flush()
  }

  /** Flushes, then lets another process write the library. */
  async close(): Promise<void> {
    await this.reading?.abort()
    await this.flush()
    await this.lock.release()
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
    const written = await this.files.write(this.paths.client(valid.id), valid)
    await this.remember(valid, written)
    return valid
  }

  /**
   * The index is rewritten (later, once) only when a listed field changed, never for a plain edit.
   * `written`: the file's stat as the save left it, so a save does not look it up again.
   */
  private async remember(client: ClientFile, written: Stats | null = null): Promise<void> {
    this.touched.add(client.id)
    const summary = toSummary(client)
    const st = written ?? (await stat(this.paths.client(client.id)))
    const before = this.entries.get(client.id)?.summary
    this.entries.set(client.id, { summary, mtimeMs: st.mtimeMs, size: st.size })
    this.listed = null
    if (!before || listedFieldsDiffer(before, summary)) this.index.schedule()
  }
}

const listedFieldsDiffer = (a: ClientSummary, b: ClientSummary): boolean =>
  a.name !== b.name ||
  a.industry !== b.industry ||
  a.archived !== b.archived ||
  a.memberCount !== b.memberCount
