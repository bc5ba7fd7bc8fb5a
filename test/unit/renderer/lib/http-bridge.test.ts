import { afterEach, describe, expect, it, vi } from 'vitest'
import { createHttpBridge } from '../../../../renderer/lib/http-bridge'

/** An event stream that never connects: calls must not wait for it. */
class FakeEventSource extends EventTarget {
  static last: FakeEventSource | null = null
  constructor(readonly url: string) {
    super()
    FakeEventSource.last = this
  }
}

const calls: string[] = []
const sentHeaders: Record<string, string>[] = []
const fetchStub = vi.fn(async (url: string, init?: { headers?: Record<string, string> }) => {
  calls.push(url)
  sentHeaders.push(init?.headers ?? {})
  return { json: async () => ({ ok: true, value: {} }) }
})

describe('the loopback host bridge', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    calls.length = 0
    sentHeaders.length = 0
    FakeEventSource.last = null
  })

  const bridgeWithStubs = () => {
    vi.stubGlobal('EventSource', FakeEventSource)
    vi.stubGlobal('fetch', fetchStub)
    return createHttpBridge('token')
  }

  it('sends a call made after subscribing at once, naming the stream the host must wait for', async () => {
    const bridge = bridgeWithStubs()
    bridge.subscribe(() => undefined)
    await bridge.invoke('clients:list', {})
    expect(calls).toEqual(['/api/clients%3Alist'])
    const stream = new URL(FakeEventSource.last!.url, 'http://host').searchParams.get('stream')
    expect(stream).toMatch(/^[A-Za-z0-9-]{8,64}$/)
    expect(sentHeaders.at(-1)?.['X-Event-Stream']).toBe(stream)
  })

  it('names no stream on a call made while nothing listens', async () => {
    const bridge = bridgeWithStubs()
    await bridge.invoke('app:info', {})
    expect(calls).toHaveLength(1)
    expect(sentHeaders.at(-1)).not.toHaveProperty('X-Event-Stream')
  })

  it('reads only the events a listener asked for', () => {
    const bridge = bridgeWithStubs()
    const heard: string[] = []
    bridge.subscribe((name) => heard.push(name), 'devices:changed')
    let reads = 0
    const send = (name: string) => {
      const event = new MessageEvent(name)
      Object.defineProperty(event, 'data', { get: () => (reads++, '{}') })
      FakeEventSource.last!.dispatchEvent(event)
    }
    send('session:live')
    expect([heard, reads]).toEqual([[], 0])
    send('devices:changed')
    expect([heard, reads]).toEqual([['devices:changed'], 1])
    // A listener without a name hears every event.
    bridge.subscribe(() => undefined)
    send('session:live')
    expect(reads).toBe(2)
  })

  it('gives each page a stream of its own', () => {
    bridgeWithStubs().subscribe(() => undefined)
    const first = FakeEventSource.last!.url
    bridgeWithStubs().subscribe(() => undefined)
    expect(FakeEventSource.last!.url).not.toBe(first)
  })
})
