import type { ServerResponse } from 'node:http'

/** A page names its stream with this header on every call made after it subscribed. */
export const STREAM_HEADER = 'x-event-stream'
/** How long events are kept for a stream a call named but that has not opened yet. */
export const STREAM_KEEP_MS = 10_000
/** At most this many events, and this many characters, are kept for one such stream: the latest. */
export const STREAM_KEEP_EVENTS = 1_000
export const STREAM_KEEP_CHARS = 8 * 1024 * 1024
/** At most this many streams are awaited at once; each page has one. */
const MAX_AWAITED = 64

const STREAM_ID = /^[A-Za-z0-9-]{8,64}$/

/** A stream id as a page sends it, or null for none or one that is not an id. */
export const streamIdOf = (value: string | string[] | null | undefined): string | null =>
  typeof value === 'string' && STREAM_ID.test(value) ? value : null

interface Awaited {
  frames: string[]
  chars: number
  timer: NodeJS.Timeout
}

/**
 * The event streams open to pages, by the id each page gave its own. A page opens its stream and
 * sends its first calls at once, without waiting for the stream to connect, and the host answers
 * them at once too. So that a change saved after such an answer still reaches the page (the
 * guarantee Electron's IPC gives without asking), every event sent from the moment a call names
 * a stream that is not open yet is kept for it and written first when it opens.
 */
export class EventStreams {
  private readonly open = new Map<ServerResponse, string | null>()
  private readonly awaited = new Map<string, Awaited>()

  add(res: ServerResponse, id: string | null): void {
    if (id !== null) {
      const kept = this.awaited.get(id)
      if (kept) {
        clearTimeout(kept.timer)
        this.awaited.delete(id)
        for (const frame of kept.frames) res.write(frame)
      }
    }
    this.open.set(res, id)
  }

  remove(res: ServerResponse): void {
    this.open.delete(res)
  }

  /** Called before a call naming stream `id` is answered: keeps its events until it opens. */
  expect(id: string, keepMs = STREAM_KEEP_MS): void {
    if (this.awaited.has(id) || [...this.open.values()].includes(id)) return
    if (this.awaited.size >= MAX_AWAITED) this.forget(this.awaited.keys().next().value!)
    const timer = setTimeout(() => this.forget(id), keepMs)
    timer.unref()
    this.awaited.set(id, { frames: [], chars: 0, timer })
  }

  send(frame: string): void {
    for (const res of this.open.keys()) if (!res.writableEnded) res.write(frame)
    for (const kept of this.awaited.values()) {
      kept.frames.push(frame)
      kept.chars += frame.length
      while (kept.frames.length > STREAM_KEEP_EVENTS || kept.chars > STREAM_KEEP_CHARS)
        kept.chars -= kept.frames.shift()!.length
    }
  }

  closeAll(): void {
    for (const res of this.open.keys()) res.end()
    this.open.clear()
    for (const id of [...this.awaited.keys()]) this.forget(id)
  }

  private forget(id: string): void {
    const kept = this.awaited.get(id)
    if (!kept) return
    clearTimeout(kept.timer)
    this.awaited.delete(id)
  }
}
