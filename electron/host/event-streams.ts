import type { ServerResponse } from 'node:http'

/** A page names its stream with this header on every call made after it subscribed. */
export const STREAM_HEADER = 'x-event-stream'
/** How long a call waits for its page's stream to open before it is answered anyway. */
export const STREAM_WAIT_MS = 2_000

const STREAM_ID = /^[A-Za-z0-9-]{8,64}$/

/** A stream id as a page sends it, or null for none or one that is not an id. */
export const streamIdOf = (value: string | string[] | null | undefined): string | null =>
  typeof value === 'string' && STREAM_ID.test(value) ? value : null

/**
 * The event streams open to pages, by the id each page gave its own. A page opens its stream and
 * sends its first calls at once, without waiting for the stream to connect; a call that names a
 * stream is answered only once that stream listens, so a change saved after the answer always
 * reaches the page (the guarantee Electron's IPC gives without asking).
 */
export class EventStreams {
  private readonly open = new Map<ServerResponse, string | null>()
  private readonly waiting = new Map<string, Set<() => void>>()

  add(res: ServerResponse, id: string | null): void {
    this.open.set(res, id)
    if (id === null) return
    for (const wake of this.waiting.get(id) ?? []) wake()
    this.waiting.delete(id)
  }

  remove(res: ServerResponse): void {
    this.open.delete(res)
  }

  /** Resolves once stream `id` is open, or after `limitMs` (a stream that cannot connect). */
  listening(id: string, limitMs = STREAM_WAIT_MS): Promise<void> {
    if ([...this.open.values()].includes(id)) return Promise.resolve()
    return new Promise((resolve) => {
      const wakers = this.waiting.get(id) ?? new Set<() => void>()
      this.waiting.set(id, wakers)
      const wake = () => {
        clearTimeout(timer)
        wakers.delete(wake)
        if (wakers.size === 0 && this.waiting.get(id) === wakers) this.waiting.delete(id)
        resolve()
      }
      const timer = setTimeout(wake, limitMs)
      wakers.add(wake)
    })
  }

  send(frame: string): void {
    for (const res of this.open.keys()) if (!res.writableEnded) res.write(frame)
  }

  closeAll(): void {
    for (const res of this.open.keys()) res.end()
    this.open.clear()
  }
}
