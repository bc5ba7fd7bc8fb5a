import { mkdir, writeFile } from 'node:fs/promises'
import type { IncomingMessage } from 'node:http'
import { request } from 'node:http'
import { connect } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HttpHost } from '../../../../electron/host/http-host'
import { startHttpHost } from '../../../../electron/host/http-host'
import { snapshotFolder, startTempCore } from '../../../support/temp-core'

type Reply = {
  status: number
  body: string
  headers: Record<string, string | string[] | undefined>
}

const send = (
  host: HttpHost,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
) =>
  new Promise<Reply>((resolve, reject) => {
    const req = request(
      `${host.url}${path}`,
      { method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        let body = ''
        res.on('data', (c: Buffer) => (body += c.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
      },
    )
    req.on('error', reject)
    req.end(opts.body)
  })

describe('loopback HTTP host', () => {
  let env: Awaited<ReturnType<typeof startTempCore>>
  let host: HttpHost
  const call = (name: string, input: unknown, headers: Record<string, string> = {}) =>
    send(host, `/api/${name}`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${host.token}`,
        'Content-Type': 'application/json',
        ...headers,
      },
      body: JSON.stringify(input),
    })

  beforeAll(async () => {
    env = await startTempCore()
    const staticDir = join(env.folder, 'renderer')
    await mkdir(staticDir, { recursive: true })
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>app</title>')
    await mkdir(join(staticDir, 'assets'))
    await writeFile(join(staticDir, 'assets', 'index-Abc123.js'), 'export {}')
    host = await startHttpHost({ core: env.core, handlers: env.handlers, staticDir })
  })
  afterAll(async () => {
    await host.close()
    await env.cleanup()
  })

  it('listens on 127.0.0.1 only, on a random port', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(host.port).toBeGreaterThan(0)
  })

  it('answers contract calls with Results', async () => {
    const created = await call('clients:create', { name: 'Host Test AG' })
    expect(created.status).toBe(200)
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { name: 'Host Test AG' } })
    const bad = JSON.parse((await call('clients:create', { name: 7 })).body)
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })

  it('refuses calls without the token, from another origin, or for another host name', async () => {
    const before = await snapshotFolder(env.dataDir)
    expect(
      (await call('clients:create', { name: 'X' }, { Authorization: 'Bearer wrong' })).status,
    ).toBe(401)
    expect(
      (await call('clients:create', { name: 'X' }, { Origin: 'http://evil.example' })).status,
    ).toBe(403)
    expect(
      (await call('clients:create', { name: 'X' }, { Host: `localhost.evil:${host.port}` })).status,
    ).toBe(403)
    expect((await send(host, '/events?token=nope')).status).toBe(401)
    expect(await snapshotFolder(env.dataDir)).toEqual(before)
  })

  it('refuses a body over the size limit and JSON that does not parse', async () => {
    expect((await call('clients:create', 'x'.repeat(5 * 1024 * 1024))).status).toBe(413)
    const broken = await send(host, '/api/clients:list', {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}` },
      body: '{"oops',
    })
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })

  it('takes an export bigger than an ordinary call through the portability calls', async () => {
    const text = JSON.stringify({ format: 'not-ours', pad: 'x'.repeat(6 * 1024 * 1024) })
    const preview = await call('portability:preview', { text })
    expect(preview.status).toBe(200)
    expect(JSON.parse(preview.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect((await call('clients:create', { name: 'x'.repeat(5 * 1024 * 1024) })).status).toBe(413)
  })

  it('refuses a declared body over the limit at once, before reading it', async () => {
    const socket = connect(host.port, '127.0.0.1')
    const answer = new Promise<string>((resolve) => {
      let seen = ''
      socket.on('data', (c: Buffer) => {
        seen += c.toString()
        if (seen.includes('\r\n\r\n')) resolve(seen)
      })
    })
    socket.write(
      [
        'POST /api/portability:import HTTP/1.1',
        `Host: 127.0.0.1:${host.port}`,
        `Authorization: Bearer ${host.token}`,
        `Content-Length: ${200 * 1024 * 1024}`,
        '',
        '{"text":"',
      ].join('\r\n'),
    )
    expect(await answer).toMatch(/^HTTP\/1\.1 413/)
    socket.destroy()
  })

  it('serves the renderer with the strict CSP and never a file outside it', async () => {
    const page = await send(host, '/')
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toContain("default-src 'self'")
    expect((await send(host, '/../../package.json')).status).toBe(404)
    expect((await send(host, '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404)
  })

  it('answers a call that names its page’s stream at once, and a change after the answer still reaches that stream when it opens', async () => {
    const stream = 'page-7f3a9c21'
    const answer = await call('clients:list', {}, { 'X-Event-Stream': stream })
    expect(answer.status).toBe(200)
    await call('clients:create', { name: 'Seen After Answer AG' })
    const events = await new Promise<IncomingMessage>((resolve, reject) =>
      request(`${host.url}/events?token=${host.token}&stream=${stream}`, resolve)
        .on('error', reject)
        .end(),
    )
    const changed = new Promise<string>((resolve) =>
      events.on('data', (c: Buffer) => c.toString().includes('data:changed') && resolve('seen')),
    )
    expect(await changed).toBe('seen')
    events.destroy()
  })

  it('lets the browser keep content-named assets, never the page that names them', async () => {
    const script = await send(host, '/assets/index-Abc123.js')
    expect(script.status).toBe(200)
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect((await send(host, '/')).headers['cache-control']).toBe('no-store')
    expect((await send(host, '/assets/../index.html')).headers['cache-control']).toBe('no-store')
  })
})
