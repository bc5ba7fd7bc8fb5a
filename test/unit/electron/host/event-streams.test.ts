import type { ServerResponse } from 'node:http'
import { describe, expect, it } from 'vitest'
import { EventStreams, streamIdOf } from '../../../../electron/host/event-streams'

const response = () => {
  const written: string[] = []
  const res = { writableEnded: false, write: (f: string) => written.push(f), end: () => undefined }
  return { res: res as unknown as ServerResponse, written }
}

describe('the host’s event streams', () => {
  it('wakes a call waiting for a stream as soon as that stream opens', async () => {
    const streams = new EventStreams()
    let woke = false
    const waiting = streams.listening('page-aaaaaaaa', 10_000).then(() => (woke = true))
    await Promise.resolve()
    expect(woke).toBe(false)
    streams.add(response().res, 'page-aaaaaaaa')
    await waiting
    expect(woke).toBe(true)
  })

  it('does not keep a call waiting for a stream that is already open', async () => {
    const streams = new EventStreams()
    streams.add(response().res, 'page-bbbbbbbb')
    const started = performance.now()
    await streams.listening('page-bbbbbbbb', 10_000)
    expect(performance.now() - started).toBeLessThan(1_000)
  })

  it('answers anyway after the limit when the stream never opens', async () => {
    const streams = new EventStreams()
    const started = performance.now()
    await streams.listening('page-cccccccc', 50)
    expect(performance.now() - started).toBeGreaterThanOrEqual(45)
  })

  it('sends each event to every open stream, and none to a closed one', () => {
    const streams = new EventStreams()
    const [a, b] = [response(), response()]
    streams.add(a.res, 'page-dddddddd')
    streams.add(b.res, null)
    streams.send('frame 1')
    streams.remove(a.res)
    streams.send('frame 2')
    expect(a.written).toEqual(['frame 1'])
    expect(b.written).toEqual(['frame 1', 'frame 2'])
  })

  it('takes only ids that look like one', () => {
    expect(streamIdOf('0b6f1d2e-9c4a-4b7e-8f3a-2d1c0e9b8a7f')).not.toBeNull()
    for (const bad of [undefined, '', 'short', 'x'.repeat(65), 'has space here', ['a', 'b']])
      expect(streamIdOf(bad)).toBeNull()
  })
})
