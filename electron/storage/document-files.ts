import type { Stats } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { Low } from 'lowdb'
import { AppFailure } from '../../shared/api/result'
import type { FileKind } from '../../shared/library/migrations'
import { FileChangedOnDisk, fingerprint, sameFile, writeFileDurableStat } from './durable-write'
import type { LoadedFile } from './versioned-file'
import { loadVersionedFile } from './versioned-file'

/** Says whether this process may write the library (see LibraryLock). */
export interface WriteGate {
  assertWritable(): void
}

/**
 * lowdb's adapter for one versioned document. Reading goes through the kind's migrations and keeps
 * what state the file was in; writing is atomic and durable, and lands only over the exact bytes
 * last read or written here, so a change saved meanwhile by another process or a synced folder is
 * never overwritten.
 */
class VersionedJsonFile<T> implements Adapter<T | null> {
  /** The file's state at the last read. */
  loaded: LoadedFile<T> = { status: 'missing' }
  /** Fingerprint of the bytes on disk as last read or written; null: there was no file. */
  private seen: string | null = null
  /**
   * The text this process last wrote and the file's stat just after: while the file still has
   * that stat, reading it back would give that text, so a read costs one stat, not a read,
   * a hash and a validation (the stores validate what they write).
   */
  private written: { text: string; stats: Stats } | null = null
  /** The stat of the file as it was last written here, for the library's index. */
  lastWritten: Stats | null = null

  constructor(
    readonly path: string,
    private readonly kind: FileKind<T>,
  ) {}

  async read(): Promise<T | null> {
    const mine = this.written
    const now = mine && (await stat(this.path).catch(() => null))
    if (mine && now && this.seen !== null && sameFile(mine.stats, now)) {
      const data = JSON.parse(mine.text) as T
      this.loaded = {
        status: 'ok',
        data,
        fromVersion: this.kind.currentVersion,
        fingerprint: this.seen,
      }
      return data
    }
    this.written = null
    this.loaded = await loadVersionedFile(this.path, this.kind)
    this.seen = 'fingerprint' in this.loaded ? this.loaded.fingerprint : null
    return this.loaded.status === 'ok' || this.loaded.status === 'newer' ? this.loaded.data : null
  }

  async write(doc: T | null): Promise<void> {
    const text = JSON.stringify(doc, null, 2) + '\n'
    this.written = null
    const stats = await writeFileDurableStat(this.path, text, { expected: this.seen })
    this.seen = fingerprint(Buffer.from(text))
    this.written = stats && { text, stats }
    this.lastWritten = stats
  }
}

interface OpenDocument<T> {
  db: Low<T | null>
  file: VersionedJsonFile<T>
}

/**
 * One lowdb `Low` per open document of one kind, so what a save replaces is what its read saw.
 * `noun` names the kind in messages ("client", "workshop").
 */
export class DocumentFiles<T> {
  private readonly open = new Map<string, OpenDocument<T>>()

  constructor(
    private readonly kind: FileKind<T>,
    private readonly gate: WriteGate,
    private readonly noun: string,
  ) {}

  async read(path: string): Promise<LoadedFile<T>> {
    const doc = this.document(path)
    await doc.db.read()
    return doc.file.loaded
  }

  /**
   * Saves over the file as this process last read or wrote it; refuses if it changed since.
   * Answers the file's stat as written (null if it could not be looked up).
   */
  async write(path: string, data: T): Promise<Stats | null> {
    this.gate.assertWritable()
    const doc = this.document(path)
    doc.db.data = data
    try {
      await doc.db.write()
      return doc.file.lastWritten
    } catch (e) {
      if (!(e instanceof FileChangedOnDisk)) throw e
      throw new AppFailure(
        'CONFLICT',
        `This ${this.noun} was changed elsewhere (another window of the app, or a synced copy) ` +
          'since it was opened here; nothing was saved. Open it again to see that change, then ' +
          'make yours again.',
      )
    }
  }

  /** The file moved away (trash, restore): the next read starts from what is on disk. */
  forget(path: string): void {
    this.open.delete(path)
  }

  private document(path: string): OpenDocument<T> {
    let doc = this.open.get(path)
    if (!doc) {
      const file = new VersionedJsonFile(path, this.kind)
      doc = { db: new Low<T | null>(file, null), file }
      this.open.set(path, doc)
    }
    return doc
  }
}
