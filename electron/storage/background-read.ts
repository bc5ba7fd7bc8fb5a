import type { LibraryProblem } from '../../shared/library/library'
import type { IndexEntry } from './client-index'
import { readPendingClients } from './library-open'
import type { LibraryPaths } from './library-paths'

export interface BackgroundReadTarget {
  paths: LibraryPaths
  writable(): boolean
  /** One batch of clients read, and the files in it that could not be. */
  found(entries: IndexEntry[], problems: LibraryProblem[]): void
  /** Every file was read: the index can be written, so the next start opens at once. */
  finished(): Promise<void>
  /** The list grew: the renderer should ask for it again. */
  onRead?: (() => void) | undefined
}

/** Each refetch of a 10,000-client list costs the renderer, hence the spacing of the news. */
const TELL_EVERY_MS = 1_500

/**
 * The client files the index did not know, read batch by batch while the app is in use. The first
 * batch is told at once (the list grows at the start), later ones at most every 1.5 s.
 */
export class BackgroundRead {
  /** How far the read has come, or null once it is over. */
  progress: { done: number; total: number } | null
  readonly done: Promise<void>
  private readonly stop = new AbortController()

  constructor(pending: readonly string[], target: BackgroundReadTarget) {
    this.progress = { done: 0, total: pending.length }
    let lastTold = Number.NEGATIVE_INFINITY
    const batch = (entries: IndexEntry[], problems: LibraryProblem[]) => {
      target.found(entries, problems)
      this.progress!.done += entries.length + problems.length
      if (performance.now() - lastTold > TELL_EVERY_MS) {
        lastTold = performance.now()
        target.onRead?.()
      }
    }
    const signal = this.stop.signal
    this.done = readPendingClients(target.paths, pending, target.writable(), batch, signal)
      .then(async () => {
        if (signal.aborted) return
        this.progress = null
        await target.finished()
        target.onRead?.()
      })
      .catch((e: Error) => {
        this.progress = null
        console.error(`Reading the client files failed: ${e.message}`)
      })
  }

  /** Stops after the batch being read; resolves once nothing more is read. */
  abort(): Promise<void> {
    this.stop.abort()
    return this.done
  }
}
