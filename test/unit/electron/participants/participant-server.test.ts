import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contract } from '../../../../shared/api/contract'
import { startHttpHost } from '../../../../electron/host/http-host'
import type { DeviceStatus } from '../../../../shared/participants/facilitator'
import { join, post, secretOf, send, startRoomCore } from './room-fixture'

/**
 * The participant server as an attacker on the room's Wi-Fi meets it: every way in without the
 * session's secret or a device token is shut, and nothing it is sent can bring it down.
 */
const ids = (s: { clientId: string; workshopId: string }) => ({
  clientId: s.clientId,
  workshopId: s.workshopId,
  address: '127.0.0.1',
})

describe('participant server security', () => {
  let room: Awaited<ReturnType<typeof startRoomCore>>
  let status: DeviceStatus
  let origin: string

  beforeAll(async () => {
    room = await startRoomCore(4)
    status = await room.call('devices:start', ids(room.ids))
    origin = status.address
  })
  afterAll(async () => {
    await room.devices.close()
    await room.env.cleanup()
  })

  it('listens on the chosen address with its own origin, CSP and no-store', async () => {
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const page = await send(origin, '/')
    expect(page.status).toBe(200)
    expect(page.body).toContain('Join')
    const csp = await send(origin, '/').then(() =>
      fetch(`${origin}/`).then((r) => r.headers.get('content-security-policy')),
    )
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
  })

  it('refuses a wrong code, a code from an earlier session, and a guessed secret', async () => {
    const wrong = status.code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA'
    expect((await post(origin, '/join', { code: wrong })).status).toBe(403)
    expect((await post(origin, '/join', { secret: 'x'.repeat(32) })).status).toBe(403)
    expect((await post(origin, '/join', { code: status.code })).status).toBe(200)
    const before = status
    const again = await room.call('devices:start', ids(room.ids))
    origin = again.address
    expect(again.code === before.code && again.joinUrl === before.joinUrl).toBe(false)
    expect((await post(origin, '/join', { secret: secretOf(before.joinUrl) })).status).toBe(403)
    if (again.code !== before.code)
      expect((await post(origin, '/join', { code: before.code })).status).toBe(403)
    status = again
  })

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    const token = await join(origin, secretOf(status.joinUrl))
    const evil = await send(origin, '/call/me:view', {
      method: 'POST',
      headers: { Host: 'evil.example:80', Authorization: `Bearer ${token}` },
      body: '{}',
    })
    expect(evil.status).toBe(421)
    const cross = await send(origin, '/call/me:view', {
      method: 'POST',
      headers: { Origin: 'http://evil.example', Authorization: `Bearer ${token}` },
      body: '{}',
    })
    expect(cross.status).toBe(403)
  })

  it('refuses a participant token on every main-contract route, here and on the loopback host', async () => {
    const token = await join(origin, secretOf(status.joinUrl))
    const host = await startHttpHost({
      core: room.env.core,
      handlers: room.env.handlers,
      staticDir: room.env.folder,
    })
    try {
      for (const channel of Object.keys(contract)) {
        const here = await post(origin, `/call/${channel}`, {}, token)
        expect(here.status, channel).toBe(404)
        expect(here.json().error?.code).toBe('UNKNOWN_CALL')
        expect((await post(origin, `/api/${channel}`, {}, token)).status, channel).toBe(404)
        const there = await post(host.url, `/api/${channel}`, {}, token)
        expect(there.status, channel).toBe(401)
      }
    } finally {
      await host.close()
    }
  })

  it('gives a phone nothing of another session or client, and no way to name one', async () => {
    const token = await join(origin, secretOf(status.joinUrl))
    const sneaky = await post(
      origin,
      '/call/me:view',
      { clientId: room.ids.clientId, workshopId: room.ids.workshopId },
      token,
    )
    expect(sneaky.json().error?.code).toBe('VALIDATION')
    const other = await room.session(['Mallory Other', 'Trent Other'])
    const next = await room.call('devices:start', ids(other))
    expect((await post(next.address, '/call/me:view', {}, token)).status).toBe(401)
    const fresh = await join(next.address, secretOf(next.joinUrl))
    const view = await post(next.address, '/call/me:view', {}, fresh)
    expect(view.body).not.toContain('Person 1')
    expect(view.body).toContain('Mallory Other')
    origin = next.address
    status = next
  })

  it('answers a burst from one phone with 429 and stays up for everyone', async () => {
    const token = await join(origin, secretOf(status.joinUrl))
    const replies = await Promise.all(
      Array.from({ length: 90 }, () => post(origin, '/call/me:view', {}, token)),
    )
    const codes = replies.map((r) => r.status)
    expect(codes).toContain(429)
    expect(codes).toContain(200)
    const other = await join(origin, secretOf(status.joinUrl))
    expect((await post(origin, '/call/me:view', {}, other)).status).toBe(200)
  })

  it('survives a malformed-request fuzz and still answers', async () => {
    const token = await join(origin, secretOf(status.joinUrl))
    const { port } = new URL(origin)
    const raw = (bytes: string | Buffer) =>
      new Promise<void>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1', () => socket.end(bytes))
        socket.on('error', () => resolve())
        socket.on('close', () => resolve())
        socket.setTimeout(2_000, () => socket.destroy())
      })
    let seed = 7
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    const junk = (n: number) =>
      Buffer.from(Array.from({ length: n }, () => Math.floor(random() * 256)))
    await Promise.all([
      raw('GET / HTTP/1.1\r\nHost: \r\n\r\n'),
      raw('POST /join HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n{'),
      raw('GET /%%%% HTTP/1.1\r\n\r\n'),
      raw('\x00\x01\x02 / HTTP/9.9\r\n\r\n'),
      ...Array.from({ length: 20 }, (_, i) => raw(junk(50 + i * 40))),
    ])
    const weird = [
      post(origin, '/call/vote:cast', { ballot: { ['a'.repeat(70)]: 1 } }, token),
      post(
        origin,
        '/call/proposal:add',
        { text: 'x'.repeat(20_000), kind: 'stop', tag: 'x' },
        token,
      ),
      send(origin, '/call/me:view', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
        body: '{"a":',
      }),
      send(origin, '/call/%E0%A4%A', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
      }),
      send(origin, '/../../etc/passwd'),
      send(origin, '/events?token=%00'),
      post(origin, '/join', ['secret']),
      post(origin, '/call/__proto__', {}, token),
      post(origin, '/call/constructor', {}, token),
    ]
    for (const r of await Promise.all(weird)) {
      const refused = r.status >= 400 || (r.json() as { ok: boolean }).ok === false
      expect(refused, `${r.status} ${r.body.slice(0, 80)}`).toBe(true)
    }
    expect((await post(origin, '/call/me:view', {}, token)).status).toBe(200)
  })

  it('refuses every call once the session has ended, and the server stops', async () => {
    const token = await join(origin, secretOf(status.joinUrl))
    await room.call('session:control', {
      clientId: status.clientId,
      workshopId: status.workshopId,
      action: 'finish',
    })
    expect(room.devices.status()).toBeNull()
    await expect(post(origin, '/call/me:view', {}, token)).rejects.toThrow(/ECONNREFUSED/)
    await expect(
      room.call('devices:start', {
        clientId: status.clientId,
        workshopId: status.workshopId,
        address: '127.0.0.1',
      }),
    ).rejects.toThrow(/ended/)
  })
})
