import { readdir } from 'node:fs/promises'
import { relative, sep } from 'node:path'
import { AppFailure } from '../../shared/api/result'
import type { FileKind } from '../../shared/library/migrations'
import { DocumentFiles } from './document-files'
import { KeyedQueue } from './keyed-queue'
import type { LibraryLock } from './library-lock'
import type { LibraryPaths } from './library-paths'
import { DATA_FILE } from './library-paths'
import { moveAside } from './move-aside'
import type { ProblemLog } from './problem-log'
import type { LoadedFile } from './versioned-file'
import { loadVersionedFile } from './versioned-file'

interface ClientDocument {
  id: string
  clientId: string
  revision: number
  createdAt: string
}

export interface DocumentKind<T extends ClientDocument, S> {
  /** "workshop", "agreement": used in messages to the user. */
  noun: string
  fileKind: FileKind<T>
  folder: (clientId: string) => string
  file: (clientId: string, id: string) => string
  summarize: (doc: T, readOnly: boolean) => S
}

/** What every store of one open library shares: its folder, its lock and its problem list. */
export interface LibraryScope {
  readonly paths: LibraryPaths
  readonly lock: LibraryLock
  readonly problems: ProblemLog
}

export interface DocumentView<T> {
  doc: T
  readOnly: boolean
}

/**
 * Documents that belong to one client (workshops, agreements, follow-up), one file each in the
 * client's own folder. Edits are serialised per document and land only over the file they were
 * made from; damaged files are moved aside, never deleted; a file from a newer app opens read-only.
 */
export class ClientDocumentStore<T extends ClientDocument, S> {
  private readonly queue = new KeyedQueue()
  private readonly files: DocumentFiles<T>

  constructor(
    private readonly kind: DocumentKind<T, S>,
    private readonly library: LibraryScope,
  ) {
    this.files = new DocumentFiles(kind.fileKind, library.lock, kind.noun)
  }

  /** Newest first; files that cannot be read are left out (and damaged ones moved aside). */
  async list(clientId: string): Promise<S[]> {
    const names = await readdir(this.kind.folder(clientId)).catch(() => [] as string[])
    const found: { summary: S; at: string }[] = []
    for (const id of names.flatMap((n) => DATA_FILE.exec(n)?.[1] ?? [])) {
      const path = this.kind.file(clientId, id)
      const loaded = await loadVersionedFile(path, this.kind.fileKind)
      const doc = loaded.status === 'ok' || loaded.status === 'newer' ? loaded.data : undefined
      if (doc) {
        const summary = this.kind.summarize(doc, loaded.status === 'newer')
        found.push({ summary, at: doc.createdAt })
      }
      if (loaded.status === 'unreadable') await this.setAside(clientId, path, loaded)
    }
    return found.sort((a, b) => b.at.localeCompare(a.at)).map((f) => f.summary)
  }

  async get(clientId: string, id: string): Promise<DocumentView<T>> {
    const path = this.kind.file(clientId, id)
    const loaded = await this.files.read(path)
    const noun = this.kind.noun
    if (loaded.status === 'ok') return { doc: loaded.data, readOnly: false }
    if (loaded.status === 'newer' && loaded.data) return { doc: loaded.data, readOnly: true }
    if (loaded.status === 'newer')
      throw new AppFailure('READ_ONLY', `This ${noun} was saved by a newer version of the app.`)
    if (loaded.status === 'unreadable') {
      const movedTo = await this.setAside(clientId, path, loaded)
      const where = movedTo ? `; it was moved aside to ${movedTo}` : ''
      throw new AppFailure(
        'IO',
        `This ${noun}’s file could not be read (${loaded.reason})${where}.`,
      )
    }
    throw new AppFailure('NOT_FOUND', `This ${noun} no longer exists.`)
  }

  create(doc: T): Promise<T> {
    return this.queue.run(doc.id, () => this.persist(doc))
  }

  /** Read-modify-write; the change sees the stored file and must return the next one. */
  update(clientId: string, id: string, change: (doc: T) => T): Promise<T> {
    return this.queue.run(id, async () => {
      const { doc, readOnly } = await this.get(clientId, id)
      this.refuseReadOnly(readOnly)
      const next = change(doc)
      return next === doc ? doc : this.persist({ ...next, revision: doc.revision + 1 })
    })
  }

  /** Like update, for a document that starts to exist with its first change (one per client). */
  upsert(clientId: string, id: string, initial: () => T, change: (doc: T) => T): Promise<T> {
    return this.queue.run(id, async () => {
      const current = await this.get(clientId, id).catch((e: unknown) => {
        if (e instanceof AppFailure && e.code === 'NOT_FOUND')
          return { doc: initial(), readOnly: false }
        throw e
      })
      this.refuseReadOnly(current.readOnly)
      const next = change(current.doc)
      return next === current.doc
        ? current.doc
        : this.persist({ ...next, revision: current.doc.revision + 1 })
    })
  }

  idle(): Promise<void> {
    return this.queue.idle()
  }

  private refuseReadOnly(readOnly: boolean) {
    if (readOnly)
      throw new AppFailure(
        'READ_ONLY',
        `This ${this.kind.noun} was saved by a newer version of the app and opens read-only.`,
      )
  }

  /**
   * Damaged bytes go aside for a person to inspect; a file that could not be read at all stays put.
   * Either way the library's health names it.
   */
  private async setAside(
    clientId: string,
    path: string,
    loaded: Extract<LoadedFile<T>, { status: 'unreadable' }>,
  ): Promise<string | null> {
    const { cause, reason } = loaded
    let movedTo: string | null = null
    if (cause === 'damaged' && this.library.lock.writable) {
      this.files.forget(path)
      movedTo = await moveAside(path).catch(() => null)
    }
    const file = relative(this.library.paths.dataDir, path).split(sep).join('/')
    this.library.problems.document({ noun: this.kind.noun, file, clientId, cause, reason, movedTo })
    return movedTo
  }

  private async persist(doc: T): Promise<T> {
    const valid = this.kind.fileKind.schema.parse(doc)
    await this.files.write(this.kind.file(valid.clientId, valid.id), valid)
    return valid
  }
}
