import { readdir } from 'node:fs/promises'
import type { z } from 'zod'
import { AppFailure } from '../../shared/api/result'
import type { FileKind } from '../../shared/library/migrations'
import { saveDocument } from './durable-json-file'
import { KeyedQueue } from './keyed-queue'
import { DATA_FILE } from './library-paths'
import { moveAside } from './move-aside'
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
  schema: z.ZodType<T>
  folder: (clientId: string) => string
  file: (clientId: string, id: string) => string
  summarize: (doc: T, readOnly: boolean) => S
}

/**
 * Documents that belong to one client (workshops, agreements), one file each in the client's own
 * folder. Edits are serialised per document; damaged files are moved aside, never deleted; a file
 * from a newer app opens read-only.
 */
export class ClientDocumentStore<T extends ClientDocument, S> {
  private readonly queue = new KeyedQueue()

  constructor(private readonly kind: DocumentKind<T, S>) {}

  /** Newest first. */
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
      if (loaded.status === 'unreadable') await moveAside(path)
    }
    return found.sort((a, b) => b.at.localeCompare(a.at)).map((f) => f.summary)
  }

  async get(clientId: string, id: string): Promise<{ doc: T; readOnly: boolean }> {
    const path = this.kind.file(clientId, id)
    const loaded = await loadVersionedFile(path, this.kind.fileKind)
    const noun = this.kind.noun
    if (loaded.status === 'ok') return { doc: loaded.data, readOnly: false }
    if (loaded.status === 'newer' && loaded.data) return { doc: loaded.data, readOnly: true }
    if (loaded.status === 'newer')
      throw new AppFailure('READ_ONLY', `This ${noun} was saved by a newer version of the app.`)
    if (loaded.status === 'unreadable') {
      const movedTo = await moveAside(path)
      throw new AppFailure(
        'IO',
        `This ${noun}’s file could not be read (${loaded.reason}); it was moved aside to ${movedTo}.`,
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
      if (readOnly)
        throw new AppFailure(
          'READ_ONLY',
          `This ${this.kind.noun} was saved by a newer version of the app and opens read-only.`,
        )
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
      if (current.readOnly)
        throw new AppFailure(
          'READ_ONLY',
          `This ${this.kind.noun} was saved by a newer version of the app and opens read-only.`,
        )
      const next = change(current.doc)
      return next === current.doc
        ? current.doc
        : this.persist({ ...next, revision: current.doc.revision + 1 })
    })
  }

  idle(): Promise<void> {
    return this.queue.idle()
  }

  private async persist(doc: T): Promise<T> {
    const valid = this.kind.schema.parse(doc)
    await saveDocument(this.kind.file(valid.clientId, valid.id), valid)
    return valid
  }
}
