import type { Result } from './result'
import type { Channel, Input, Output } from './contract'
import type { EventName, EventPayload } from './events'
import { isEventName } from './event-names'

/** What a transport provides: the preload's `window.api` in Electron, fetch + SSE in the browser. */
export interface Bridge {
  invoke(channel: string, input: unknown): Promise<unknown>
  /**
   * `name`, when given, is the one event the listener wants: a transport may then skip reading the
   * others (the console hears each board sent to the projector, tens of kilobytes, and needs none).
   */
  subscribe(listener: (name: string, payload: unknown) => void, name?: string): () => void
}

export interface Api {
  call<K extends Channel>(channel: K, input: Input<K>): Promise<Result<Output<K>>>
  on<E extends EventName>(name: E, handler: (payload: EventPayload<E>) => void): () => void
}

/** The renderer's typed view of a bridge. Outputs were validated by the main side before sending. */
export const makeClient = (bridge: Bridge): Api => ({
  call: async (channel, input) => {
    try {
      return (await bridge.invoke(channel, input)) as never
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e)
      return { ok: false, error: { code: 'IO', message: `The app did not answer: ${message}` } }
    }
  },
  on: (name, handler) =>
    bridge.subscribe((eventName, payload) => {
      if (isEventName(eventName) && eventName === name) handler(payload as never)
    }, name),
})
