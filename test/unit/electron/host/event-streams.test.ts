import type { ServerResponse } from 'node:http'
import { describe, expect, it } from 'vitest'
import {
  EventStreams,
  STREAM_KEEP_CHARS,
  STREAM_KEEP_EVENTS,
  streamIdOf,
} from '../../../../electron/host/event-streams'

const response = () => {
  const written: string[] = []
  const res = { writableEnded: false, write: (f: string) => written.push(f), end: () => undefined }
  return { res: res as unknown as ServerResponse, written }
}

describe('the host’s event streams', () => {
  it('keeps the events sent after a call named a stream, and writes them first when it opens', () => {
    const streams = new EventStreams()
    streams.send('before the call')
    streams.expect('page-aaaaaaaa')
    streams.send('frame 1')
    streams.send('frame 2')
    const page = response()
    streams.add(page.res, 'page-aaaaaaaa')
    streams.send('frame 3')
    expect(page.written).toEqual(['frame 1', 'frame 2', 'frame 3'])
  })

  it('keeps nothing for a stream that is already open, so no event arrives twice', () => {
    const streams = new EventStreams()
    const page = response()
    streams.add(page.res, 'page-bbbbbbbb')
    streams.expect('page-bbbbbbbb')
    streams.send('frame 1')
    streams.remove(page.res)
    const again = response()
    streams.add(again.res, 'page-bbbbbbbb')
    expect(page.written).toEqual(['frame 1'])
    expect(again.written).toEqual([])
  })

  it('forgets the events of a stream that never opens, after the limit', async () => {
    const streams = new EventStreams()
    streams.expect('page-cccccccc', 50)
    streams.send('frame 1')
    await new Promise((resolve) => setTimeout(resolve, 120))
    const late = response()
    streams.add(late.res, 'page-cccccccc')
    expect(late.written).toEqual([])
  })

  it('keeps only the latest events for a stream that is slow to open', () => {
    const streams = new EventStreams()
    streams.expect('page-eeeeeeee')
    for (let i = 0; i < STREAM_KEEP_EVENTS + 5; i++) streams.send(`frame ${i}`)
    const page = response()
    streams.add(page.res, 'page-eeeeeeee')
    expect(page.written).toHaveLength(STREAM_KEEP_EVENTS)
    expect(page.written.at(-1)).toBe(`frame ${STREAM_KEEP_EVENTS + 4}`)
    streams.closeAll()
  })

  it('keeps no more than its limit in characters for a stream that is slow to open', () => {
    const streams = new EventStreams()
    streams.expect('page-ffffffff')
    const big = 'x'.repeat(STREAM_KEEP_CHARS / 4)
    for (let i = 0; i < 6; i++) streams.send(`${i}${big}`)
    const page = response()
    streams.add(page.res, 'page-ffffffff')
    expect(page.written.map((f) => f[0])).toEqual(['3', '4', '5'])
    streams.closeAll()
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
