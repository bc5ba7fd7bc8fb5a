import type { Bridge } from '../../shared/api/client'
import { EVENT_NAMES } from '../../shared/api/event-names'

const TOKEN_KEY = 'smartketing.token'
const KEEPALIVE_LIMIT = 60_000

/**
 * The host prints a URL ending in `#token=…`. The token is kept for this tab only and removed from
 * the address bar, so it is not left in history or shared with a screenshot of the URL.
 */
export const takeToken = (location: Location, storage: Storage): string => {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash)
  if (match?.[1]) {
    storage.setItem(TOKEN_KEY, match[1])
    const rest = location.hash.replace(/(?:^#|&)token=[A-Za-z0-9_-]+/, '').replace(/^&/, '')
    history.replaceState(
      null,
      '',
      `${location.pathname}${location.search}#${rest.startsWith('/') ? rest : '/'}`,
    )
  }
  return storage.getItem(TOKEN_KEY) ?? ''
}

export const createHttpBridge = (token: string): Bridge => {
  let leaving = false
  if (typeof window !== 'undefined') {
    // Registered before any screen's own listener, so their last saves see it.
    window.addEventListener('pagehide', () => (leaving = true))
    window.addEventListener('pageshow', () => (leaving = false))
  }
  // One event stream per page, shared by every subscriber, opened on first use.
  type Listener = { hear: (name: string, payload: unknown) => void; name?: string }
  const listeners = new Set<Listener>()
  /** An event is parsed only when someone wants it: a board sent to the projector, not here. */
  const wanted = (name: string) => {
    for (const l of listeners) if (l.name === undefined || l.name === name) return true
    return false
  }
  let source: EventSource | null = null
  /**
   * Calls made once the page listens name its stream. The host answers them at once, and keeps
   * every event from then on for that stream until it connects: a change saved after the answer
   * then always reaches the page (without it the projector could show a stale board until the next
   * change), and the first screen's data is not held back by the stream's own round trip.
   */
  const streamId = crypto.randomUUID()
  const open = () => {
    source = new EventSource(
      `/events?token=${encodeURIComponent(token)}&stream=${encodeURIComponent(streamId)}`,
    )
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (e) => {
        if (!wanted(name)) return
        const payload: unknown = JSON.parse((e as MessageEvent<string>).data)
        for (const listener of listeners) listener.hear(name, payload)
      })
    }
  }
  return {
    invoke: async (channel, input) => {
      const body = JSON.stringify(input ?? {})
      const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${token}`,
          ...(source ? { 'X-Event-Stream': streamId } : {}),
        },
        body,
        // A save sent as the page closes must still arrive. Browsers allow that only for small
        // bodies, and refuse a request outright once those in flight pass 64 KB, so only then.
        keepalive: leaving && body.length < KEEPALIVE_LIMIT,
      })
      return response.json()
    },
    subscribe: (hear, name) => {
      const listener: Listener = { hear, name }
      listeners.add(listener)
      if (!source) open()
      return () => void listeners.delete(listener)
    },
  }
}
