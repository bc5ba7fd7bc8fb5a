import { connect } from 'node:net'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { contract } from '../../../../shared/api/contract'
import { LOCK_FILE_NAME } from '../../../../electron/storage/library-paths'
import type { HostProcess } from '../../../support/host-process'
import { callHost, startHost } from '../../../support/host-process'
import { prng } from '../../../support/prng'
import { snapshotFolder, tempDir } from '../../../support/temp-core'

const RUNS = 3_000
const AT_ONCE = 8

/** Sends raw bytes and reads the status of the first answer; null if none came in time. */
const rawStatus = (port: number, bytes: Buffer, waitMs = 10_000) =>
  new Promise<number | null>((resolve) => {
    const socket = connect(port, '127.0.0.1')
    let seen = ''
    const finish = (status: number | null) => {
      clearTimeout(timer)
      socket.destroy()
      resolve(status)
    }
    const timer = setTimeout(() => finish(null), waitMs)
    const status = () => {
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(seen)
      return m ? Number(m[1]) : null
    }
    socket.on('data', (chunk: Buffer) => {
      seen += chunk.toString('latin1')
      if (status() !== null) finish(status())
    })
    socket.on('error', () => undefined)
    socket.on('close', () => finish(status()))
    socket.write(bytes)
  })

const CHANNELS = Object.keys(contract)

/** Pieces of paths a careless or hostile page could send: bad encodings, traversal, NULs. */
const PATH_PIECES = [
  '',
  '/',
  '//',
  '..',
  '.',
  '%',
  '%2',
  '%2e%2e',
  '%2f',
  '%5c',
  '%00',
  '%E0%A4%A',
  '%C0%AF',
  '%FF',
  '%uFFFF',
  'api',
  'api/',
  'events',
  'index.html',
  '..\\..\\',
  '~',
  '?',
  '#',
  '?token=',
  '?token=%',
  '&',
  ';',
  'a'.repeat(3000),
  '%%%',
  '+',
  'assets',
  '%252e%252e',
  '@',
  ':',
]
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH', 'OPTIONS', 'TRACE', 'G@T', 'get']

/** Bodies that no call accepts as valid input (checked below before sending). */
const bodyFor = (random: () => number): string => {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!
  return pick([
    () => '',
    () => '{',
    () => 'null',
    () => '[]',
    () => '1e999',
    () => '"text"',
    () => '{"__proto__":{"admin":true}}',
    () => '{"constructor":{"prototype":{}}}',
    () => '['.repeat(50_000) + ']'.repeat(50_000),
    () => JSON.stringify({ clientId: 5, name: ['x'], member: null }),
    () => JSON.stringify({ clientId: '../../etc', workshopId: '%00' }),
    () => JSON.stringify({ name: 'x'.repeat(200_000) }),
    () => String.fromCharCode(...Array.from({ length: 64 }, () => Math.floor(random() * 256))),
    () => JSON.stringify({ path: '/proc/self', copyCurrent: 'yes' }),
  ])()
}

/** A valid input for a call may write; those are left out, so a changed byte is always a bug. */
const acceptedBy = (name: string, body: string) => {
  const spec = (
    contract as Record<string, { input: { safeParse(v: unknown): { success: boolean } } }>
  )[name]
  if (!spec) return false
  let parsed: unknown
  try {
    parsed = body ? JSON.parse(body) : {}
  } catch {
    return false
  }
  return spec.input.safeParse(parsed ?? {}).success
}

const request = (lines: string[], body = '') =>
  Buffer.concat([Buffer.from(lines.join('\r\n') + '\r\n\r\n', 'latin1'), Buffer.from(body)])

/** One malformed or hostile request, described by its bytes. */
const makeCase = (random: () => number, host: HostProcess, port: number): Buffer | null => {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!
  const hostHeader = pick([
    `Host: 127.0.0.1:${port}`,
    'Host: evil.example',
    '',
    `Host: 127.0.0.1:${port}`,
  ])
  const origin = pick([
    '',
    '',
    'Origin: http://evil.example',
    'Origin: null',
    `Origin: http://127.0.0.1:${port}`,
  ])
  const auth = pick([
    `Authorization: Bearer ${host.token}`,
    `Authorization: Bearer ${host.token}`,
    '',
    'Authorization: Bearer wrong',
    `Authorization: Bearer ${'é'.repeat(host.token.length)}`,
    `Authorization: ${host.token}`,
  ])
  const kind = random()
  if (kind < 0.3) {
    const path =
      '/' +
      Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(PATH_PIECES)).join(
        pick(['/', '', '/api/']),
      )
    return request(
      [`${pick(METHODS)} ${path} HTTP/1.1`, hostHeader, origin, auth, 'Connection: close'].filter(
        Boolean,
      ),
    )
  }
  if (kind < 0.75) {
    const name =
      random() < 0.85 ? pick(CHANNELS) : pick(['nope', '%', '%E0%A4%A', 'clients:list%00', '../x'])
    const body = bodyFor(random)
    if (acceptedBy(name, body)) return null
    const framing = pick(['length', 'length', 'chunked', 'bad-length', 'two-lengths'])
    const len = Buffer.byteLength(body)
    const headers = [
      `${pick(['POST', 'POST', 'POST', 'GET', 'PUT'])} /api/${encodeURIComponent(name)} HTTP/1.1`,
      hostHeader,
      origin,
      auth,
      pick(['Content-Type: application/json', 'Content-Type: text/plain', '']),
      'Connection: close',
    ].filter(Boolean)
    if (framing === 'chunked')
      return request(
        [...headers, 'Transfer-Encoding: chunked'],
        `${len.toString(16)}\r\n${body}\r\n0\r\n\r\n`,
      )
    if (framing === 'bad-length')
      return request([...headers, `Content-Length: ${pick(['-1', 'abc', '1e3', ' '])}`], body)
    if (framing === 'two-lengths')
      return request([...headers, `Content-Length: ${len}`, `Content-Length: ${len + 1}`], body)
    return request([...headers, `Content-Length: ${len}`], body)
  }
  if (kind < 0.85) {
    const target = pick([
      '*',
      'http://evil.example/',
      '//',
      '/%',
      '/%E0%A4%A',
      'index.html',
      '/ x',
      '',
    ])
    const version = pick(['HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/9', 'FOO', ''])
    return request(
      [`${pick(METHODS)} ${target} ${version}`.trim(), hostHeader, 'Connection: close'].filter(
        Boolean,
      ),
    )
  }
  const header = pick([
    `X-Big: ${'b'.repeat(20_000)}`,
    'No colon here',
    'Bad\u0001Name: x',
    `X-Ctl: a\u0000b`,
    ' Leading: space',
    `Cookie: ${'%'.repeat(500)}`,
  ])
  return request(
    ['GET /events?token=x HTTP/1.1', hostHeader, header, 'Connection: close'].filter(Boolean),
  )
}

describe('the loopback host under malformed and hostile requests', () => {
  let folder: string
  let host: HostProcess
  let port: number
  beforeAll(async () => {
    folder = await tempDir('smartketing-fuzz-')
    // The start-up backup is taken at once and waited for, so it never lands during the requests.
    host = await startHost(folder, { SMARTKETING_BACKUP_DELAY_MS: '0' })
    await vi.waitFor(() => expect(host.output()).toContain('Start-up backup'), {
      timeout: 30_000,
      interval: 100,
    })
    port = Number(new URL(host.origin).port)
    const created = await callHost(host, 'clients:create', { name: 'Fuzz Target GmbH' })
    expect(created.ok).toBe(true)
    // The index is written a moment after a new client; wait until it is, so nothing is pending.
    const index = join(folder, 'library', 'index.json')
    await vi.waitFor(async () => expect(await readFile(index, 'utf8')).toContain('Fuzz Target'), {
      timeout: 10_000,
      interval: 100,
    })
  }, 60_000)
  afterAll(async () => {
    await host?.stop()
    await rm(folder, { recursive: true, force: true })
  })

  /** Every data file with a hash of its bytes; the lock's heartbeat is the one file that may change. */
  const snapshot = async () => {
    const all = await snapshotFolder(join(folder, 'library'))
    delete all[LOCK_FILE_NAME]
    return all
  }

  it(
    `answers each of ${RUNS} requests with 2xx or 4xx, stays up, and writes nothing`,
    { timeout: 300_000 },
    async () => {
      const before = await snapshot()
      const random = prng(20261201)
      const cases: Buffer[] = []
      for (const crasher of [
        'GET // HTTP/1.1',
        'GET /% HTTP/1.1',
        'GET /%E0%A4%A HTTP/1.1',
        'GET /%00 HTTP/1.1',
      ])
        cases.push(request([crasher, `Host: 127.0.0.1:${port}`, 'Connection: close']))
      cases.push(
        request(
          [
            'POST /api/% HTTP/1.1',
            `Host: 127.0.0.1:${port}`,
            `Authorization: Bearer ${host.token}`,
            'Content-Length: 2',
            'Connection: close',
          ],
          '{}',
        ),
      )
      while (cases.length < RUNS) {
        const next = makeCase(random, host, port)
        if (next) cases.push(next)
      }
      const answers: (number | null)[] = []
      const dead = () => host.child.exitCode !== null || host.child.signalCode !== null
      for (let i = 0; i < cases.length && !dead(); i += AT_ONCE) {
        const batch = cases.slice(i, i + AT_ONCE)
        answers.push(...(await Promise.all(batch.map((c) => rawStatus(port, c)))))
      }
      expect(dead(), `the host exited:\n${host.output().slice(-2000)}`).toBe(false)

      const wrong = answers
        .map((status, i) => ({ status, request: cases[i]!.toString('latin1').slice(0, 120) }))
        .filter(
          ({ status }) =>
            status === null || status >= 500 || status < 200 || (status >= 300 && status < 400),
        )
      expect(wrong).toEqual([])
      expect(answers.filter((s) => s !== null && s < 300).length).toBeGreaterThan(0)
      expect(new Set(answers).size).toBeGreaterThan(4)

      expect(host.child.exitCode).toBeNull()
      expect(await callHost(host, 'clients:list', {})).toMatchObject({
        ok: true,
        value: [{ name: 'Fuzz Target GmbH' }],
      })
      expect(await snapshot()).toEqual(before)
    },
  )
})
