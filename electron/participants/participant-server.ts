import { createHash, randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import type { Result } from '../../shared/api/result'
import { fail, ok } from '../../shared/api/result'
import type {
  JoinRequest,
  ParticipantCall,
  ParticipantView,
} from '../../shared/participants/contract'
import { isParticipantCall, JoinRequest as JoinSchema } from '../../shared/participants/contract'
import { parseJson, readSmallBody, SECURITY_HEADERS, sendJson } from './http-bits'
import { RateLimiter } from './rate-limit'

const MAX_BODY = 16 * 1024
const KEEPALIVE_MS = 15_000
/**
 * Changes within this window reach the phones as one view each: in a busy room (forty phones, a
 * proposal every few hundred milliseconds) a shorter one sends the whole board to every phone for
 * every change, and the writes crowd out the console's and the projector's own updates.
 */
const BROADCAST_DELAY_MS = 100

/** The page's three files, by exact path: nothing else on the disk can be asked for. */
const FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/participant.js': { file: 'participant.js', type: 'text/javascript; charset=utf-8' },
  '/participant.css': { file: 'participant.css', type: 'text/css; charset=utf-8' },
}

export interface RoomGate {
  /** True for the session's secret or room code. */
  admits(request: JoinRequest): boolean
  joined(deviceId: string): void
  call(deviceId: string, name: ParticipantCall, input: unknown): Promise<Result<unknown>>
  view(deviceId: string): ParticipantView
  sheet(deviceId: string): Promise<{ fileName: string; pdf: Uint8Array }>
}

export interface ParticipantServerOptions {
  address: string
  port?: number
  staticDir: string
  maxDevices: number
  gate: RoomGate
}

export interface ParticipantServer {
  origin: string
  port: number
  devices(): number
  /** Every phone gets its fresh view, soon; many changes in a burst become one message. */
  broadcast(): void
  end(reason: string): Promise<void>
}

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s)
  } catch {
    return ''
  }
}

/** The board part of a view, written out once per board: every phone is sent the same one. */
const boardJson = new WeakMap<object, string>()
const viewJson = (view: ParticipantView) => {
  const { board, ...rest } = view
  let json = boardJson.get(board)
  if (json === undefined) boardJson.set(board, (json = JSON.stringify(board)))
  return `${JSON.stringify(rest).slice(0, -1)},"board":${json}}`
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

/**
 * The room's server: its own origin on the chosen address, only while devices are on. It knows the
 * participant contract and the page, nothing of the library; every request is checked for its
 * Host, its size, its rate and its device token before the room sees it.
 */
export const startParticipantServer = async (
  opts: ParticipantServerOptions,
): Promise<ParticipantServer> => {
  const devices = new Map<string, string>() // token hash → device id
  const streams = new Map<string, ServerResponse>()
  /** The last view each phone's stream was sent: a phone whose view did not change hears nothing. */
  const lastSent = new Map<string, string>()
  const perDevice = new RateLimiter(60, 15)
  const perAddress = new RateLimiter(120, 4)
  let host = ''
  let pending: ReturnType<typeof setTimeout> | null = null

  const deviceOf = (req: IncomingMessage, url: URL): string | null => {
    const auth = req.headers.authorization ?? ''
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : (url.searchParams.get('token') ?? '')
    return token ? (devices.get(hashToken(token)) ?? null) : null
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.headers.host !== host)
      return sendJson(res, 421, fail('FORBIDDEN', 'This server answers only at its own address.'))
    const origin = req.headers.origin
    if (origin !== undefined && origin !== `http://${host}`)
      return sendJson(res, 403, fail('FORBIDDEN', 'Requests must come from the room’s page.'))
    const url = new URL(req.url ?? '/', `http://${host}`)
    const file = FILES[url.pathname]
    if (req.method === 'GET' && file) return serveFile(res, file)
    const deviceId = deviceOf(req, url)
    // Joining and unknown devices are slowed per address: codes and tokens cannot be guessed fast.
    const knownOrSlow = deviceId !== null || perAddress.take(req.socket.remoteAddress ?? '?')
    if (!knownOrSlow)
      return sendJson(res, 429, fail('FORBIDDEN', 'Too many tries from this phone; wait a moment.'))
    if (req.method === 'POST' && url.pathname === '/join') return join_(req, res)
    if (req.method === 'GET' && url.pathname === '/events') return stream(req, res, url)
    const name = url.pathname.startsWith('/call/') ? safeDecode(url.pathname.slice(6)) : null
    if (name === null && url.pathname !== '/sheet')
      return sendJson(res, 404, fail('UNKNOWN_CALL', 'There is nothing here.'))
    if (req.method !== 'POST') return sendJson(res, 405, fail('VALIDATION', 'Use POST.'))
    if (!deviceId)
      return sendJson(res, 401, fail('FORBIDDEN', 'This phone is not in the session; join again.'))
    if (name !== null && !isParticipantCall(name))
      return sendJson(res, 404, fail('UNKNOWN_CALL', 'Phones cannot make that call.'))
    if (!perDevice.take(deviceId))
      return sendJson(res, 429, fail('FORBIDDEN', 'Slow down a little; try again in a second.'))
    return name === null ? sheet(res, deviceId) : call(req, res, deviceId, name)
  }

  const serveFile = async (res: ServerResponse, file: { file: string; type: string }) => {
    const body = await readFile(join(opts.staticDir, file.file)).catch(() => null)
    if (!body) return sendJson(res, 404, fail('NOT_FOUND', 'The page is missing from this build.'))
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.type })
    res.end(body)
  }

  const readInput = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readSmallBody(req, MAX_BODY)
    if (body === null) {
      sendJson(res, 413, fail('VALIDATION', 'That is too long to send; nothing was saved.'))
      return null
    }
    const parsed = parseJson(body)
    if (!parsed.ok) sendJson(res, 400, fail('VALIDATION', 'The request is not valid JSON.'))
    return parsed.ok ? parsed : null
  }

  const join_ = async (req: IncomingMessage, res: ServerResponse) => {
    const input = await readInput(req, res)
    if (!input) return
    const request = JoinSchema.safeParse(input.value)
    if (!request.success || !opts.gate.admits(request.data))
      return sendJson(res, 403, fail('FORBIDDEN', 'That code does not open this session.'))
    if (devices.size >= opts.maxDevices)
      return sendJson(res, 503, fail('CONFLICT', 'The room is full; ask the facilitator.'))
    const token = randomBytes(32).toString('base64url')
    const deviceId = randomBytes(12).toString('hex')
    devices.set(hashToken(token), deviceId)
    opts.gate.joined(deviceId)
    sendJson(res, 200, ok({ token }))
  }

  const call = async (
    req: IncomingMessage,
    res: ServerResponse,
    deviceId: string,
    name: string,
  ) => {
    const input = await readInput(req, res)
    if (!input) return
    if (!isParticipantCall(name))
      return sendJson(res, 404, fail('UNKNOWN_CALL', 'Phones cannot make that call.'))
    sendJson(res, 200, await opts.gate.call(deviceId, name, input.value))
  }

  const sheet = async (res: ServerResponse, deviceId: string) => {
    try {
      const { fileName, pdf } = await opts.gate.sheet(deviceId)
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      })
      res.end(pdf)
    } catch (e) {
      sendJson(res, 409, fail('CONFLICT', (e as Error).message))
    }
  }

  const stream = (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const deviceId = deviceOf(req, url)
    if (!deviceId)
      return sendJson(res, 401, fail('FORBIDDEN', 'This phone is not in the session; join again.'))
    streams.get(deviceId)?.end()
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      Connection: 'keep-alive',
    })
    const view = viewJson(opts.gate.view(deviceId))
    res.write(`event: view\ndata: ${view}\n\n`)
    streams.set(deviceId, res)
    lastSent.set(deviceId, view)
    req.on('close', () => {
      if (streams.get(deviceId) !== res) return
      streams.delete(deviceId)
      lastSent.delete(deviceId)
    })
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: Error) => {
      console.error('[participant server]', e)
      sendJson(res, 500, fail('INTERNAL', 'Something went wrong; try again.'))
    })
  })
  // A phone on a bad connection sends half a request: drop it, never the server.
  server.on('clientError', (_e, socket) => socket.destroy())
  server.headersTimeout = 10_000
  server.requestTimeout = 30_000

  const keepalive = setInterval(() => {
    for (const res of streams.values()) res.write('event: ping\ndata: {}\n\n')
  }, KEEPALIVE_MS)
  keepalive.unref()

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, opts.address, () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  host = `${opts.address}:${port}`

  const flush = () => {
    pending = null
    for (const [deviceId, res] of streams) {
      const view = viewJson(opts.gate.view(deviceId))
      if (lastSent.get(deviceId) === view) continue
      lastSent.set(deviceId, view)
      res.write(`event: view\ndata: ${view}\n\n`)
    }
  }

  return {
    origin: `http://${host}`,
    port,
    devices: () => devices.size,
    broadcast: () => {
      pending ??= setTimeout(flush, BROADCAST_DELAY_MS)
    },
    end: async (reason) => {
      clearInterval(keepalive)
      if (pending) clearTimeout(pending)
      for (const res of streams.values())
        res.end(`event: ended\ndata: ${JSON.stringify({ reason })}\n\n`)
      streams.clear()
      lastSent.clear()
      devices.clear()
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
      await closed
    },
  }
}
