import type { IndexEntry } from './client-index'
import { writeIndex } from './client-index'

const INDEX_DELAY_MS = 250

/**
 * The library's index file: rewritten once after a burst of listed changes, never two writes at
 * once. The index is a cache: a failure to write it costs a slower next start, never an edit.
 */
export class IndexWriter {
  private timer: NodeJS.Timeout | null = null
  private writing: Promise<void> = Promise.resolve()

  constructor(
    private readonly path: string,
    private readonly entries: () => Iterable<IndexEntry>,
    /** Asked at each write: the library's lock can be lost or won while it is open. */
    private readonly writable: () => boolean,
  ) {}

  /** A write a moment from now, which the changes until then share. */
  schedule(): void {
    if (this.timer || !this.writable()) return
    this.timer = setTimeout(() => {
      this.timer = null
      this.now().catch(() => undefined)
    }, INDEX_DELAY_MS)
  }

  now(): Promise<void> {
    this.writing = this.writing
      .catch(() => undefined)
      .then(() => writeIndex(this.path, this.entries()))
    return this.writing
  }

  /** A scheduled write happens now; resolves once no write is going. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer)
      this.timer = null
      await this.now().catch(() => undefined)
    }
    await this.writing.catch(() => undefined)
  }
}
