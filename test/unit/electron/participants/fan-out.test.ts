import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ParticipantServer } from '../../../../electron/participants/participant-server'
import { startParticipantServer } from '../../../../electron/participants/participant-server'
import { ok } from '../../../../shared/api/result'
import type { ParticipantView } from '../../../../shared/participants/contract'
import { post } from './room-fixture'

/** One board for every view, as the room gives every phone the same list until it changes. */
const board = [{ id: 'a1', text: 'Share the lead list', kind: 'continue', tag: 'joint' }]
const viewWith = (title: string) => ({ session: { title }, board }) as unknown as ParticipantView

/**
 * Forty phones each get the room's view on every change: a burst of changes reaches a phone as one
 * view, and a phone whose view did not change is sent nothing, so the writes stay small.
 */
describe('participant server fan-out', () => {
  let server: ParticipantServer
  let title = 'First'
  let views = 0
  let received = ''
  let stream: ReturnType<typeof request>

  beforeAll(async () => {
    server = await startParticipantServer({
      address: '127.0.0.1',
      staticDir: '/nonexistent',
      maxDevices: 4,
      gate: {
        admits: () => true,
        joined: () => undefined,
        call: async () => ok(null),
        view: () => {
          views++
          return viewWith(title)
        },
        sheet: async () => ({ fileName: 'x.pdf', pdf: new Uint8Array() }),
      },
    })
  })
  afterAll(async () => {
    stream.destroy()
    await server.end('done')
  })

  const sent = () => received.split('event: view').length - 1

  it('sends a burst of changes as one view, and nothing when the view is unchanged', async () => {
    const joined = await post(server.origin, '/join', { code: 'ABCDEF' })
    expect(joined.status).toBe(200)
    const { token } = joined.json().value as { token: string }
    stream = request(`${server.origin}/events`, { headers: { Authorization: `Bearer ${token}` } })
    stream.on('response', (res) => res.on('data', (c: Buffer) => (received += c.toString())))
    stream.on('error', () => undefined)
    stream.end()
    await expect.poll(() => received, { timeout: 15_000 }).toContain('"First"')
    const before = views
    title = 'Second'
    for (let i = 0; i < 20; i++) server.broadcast()
    await expect.poll(() => received, { timeout: 15_000 }).toContain('"Second"')
    expect(sent()).toBe(2)
    expect(views - before).toBe(1)

    for (let i = 0; i < 5; i++) server.broadcast()
    await expect.poll(() => views - before, { timeout: 15_000 }).toBe(2)
    title = 'Third'
    server.broadcast()
    await expect.poll(() => received, { timeout: 15_000 }).toContain('"Third"')
    // The unchanged view in between was built and compared, never written.
    expect(sent()).toBe(3)
    // Each view is whole, the board written out once and spliced in, still valid JSON.
    const last = received.split('event: view\ndata: ').at(-1)!.split('\n')[0]!
    expect(JSON.parse(last)).toEqual({ session: { title: 'Third' }, board })
  })
})
