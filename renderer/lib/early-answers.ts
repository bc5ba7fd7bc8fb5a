import type { Api } from '../../shared/api/client'
import type { Channel, Input } from '../../shared/api/contract'

/** An answer asked for early and never taken is dropped after this long, not kept for later. */
export const EARLY_ANSWER_MS = 10_000

export type EarlyCall = { [K in Channel]: [channel: K, input: Input<K>] }[Channel]

export interface EarlyApi {
  /** The API; its first call that matches an early one gets that call's answer. */
  api: Api
  /** Sends `calls` now, before any screen exists to ask for them. */
  askEarly(calls: readonly EarlyCall[]): void
}

const keyOf = (channel: string, input: unknown) => `${channel} ${JSON.stringify(input ?? {})}`

/**
 * The app's script takes a few hundred milliseconds to be read and to draw its first screen, and
 * only then would that screen ask for its data. Asked for while the script is still starting, the
 * data is there when the screen wants it.
 *
 * An early answer is used once, by the first identical call. It is dropped when any data changes
 * after it was asked for (listening starts before asking, so such a change cannot slip between
 * them): the screen then asks again, as it would have done without this.
 */
export const withEarlyAnswers = (api: Api): EarlyApi => {
  const waiting = new Map<string, ReturnType<Api['call']>>()
  let stopListening: (() => void) | null = null
  const forget = () => {
    waiting.clear()
    stopListening?.()
    stopListening = null
  }
  return {
    api: {
      ...api,
      call: (channel, input) => {
        const key = keyOf(channel, input)
        const early = waiting.get(key)
        if (!early) return api.call(channel, input)
        waiting.delete(key)
        if (waiting.size === 0) forget()
        return early as never
      },
    },
    askEarly: (calls) => {
      forget()
      stopListening = api.on('data:changed', forget)
      for (const [channel, input] of calls)
        waiting.set(keyOf(channel, input), api.call(channel, input as never))
      setTimeout(forget, EARLY_ANSWER_MS)
    },
  }
}
