import { afterEach, describe, expect, it, vi } from 'vitest'
import { createHttpBridge } from '../../../../renderer/lib/http-bridge'

/** An event stream that connects only when the test says so. */
class FakeEventSource extends EventTarget {
  static last: FakeEventSource | null = null
  constructor(readonly url: string) {
    super()
    FakeEventSource.last = this
  }
  connect() {
    this.dispatchEvent(new Event('open'))
  }
  fail() {
    this.dispatchEvent(new Event('error'))
  }
}

const calls: string[] = []
const fetchStub = vi.fn(async (url: string) => {
  calls.push(url)
  return { json: async () => ({ ok: true, value: {} }) }
})

const settle = () => new Promise((resolve) => setTimeout(resolve, 10))

describe('the loopback host bridge', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    calls.length = 0
    FakeEventSource.last = null
  })

  const bridgeWithStubs = () => {
    vi.stubGlobal('EventSource', FakeEventSource)
    vi.stubGlobal('fetch', fetchStub)
    return createHttpBridge('token')
  }

  it('holds a call made after subscribing until the event stream is connected', async () => {
    const bridge = bridgeWithStubs()
    bridge.subscribe(() => undefined)
    const call = bridge.invoke('clients:list', {})
    await settle()
    expect(calls, 'a call sent before the stream listens could miss the change after it').toEqual(
      [],
    )
    FakeEventSource.last!.connect()
    await call
    expect(calls).toEqual(['/api/clients%3Alist'])
  })

  it('lets calls through at once when nothing listens, or when the stream cannot connect', async () => {
    const bridge = bridgeWithStubs()
    await bridge.invoke('app:info', {})
    expect(calls).toHaveLength(1)
    bridge.subscribe(() => undefined)
    const call = bridge.invoke('clients:list', {})
    FakeEventSource.last!.fail()
    await call
    expect(calls).toHaveLength(2)
  })
})
