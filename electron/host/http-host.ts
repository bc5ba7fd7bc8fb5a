import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { EventEnvelope } from '../../shared/api/events'
import type { Result } from '../../shared/api/result'
import { fail } from '../../shared/api/result'
import { MAX_IMPORT_BYTES } from '../../shared/portability/export-file'
import type { AppCore } from '../services/app-core'
import { dispatch } from '../services/dispatch'
import type { Handlers } from '../services/handlers/types'
import { EventStreams, STREAM_HEADER, streamIdOf } from './event-streams'
import { readBody } from './read-body'
import { callName, parseTarget } from './request-target'
import { serveStatic } from './static-files'

const MAX_BODY = 4 * 1024 * 1024
/**
 * An export's text travels inside the JSON body, where quotes and line breaks take two bytes each:
 * room for a file at the contract's own limit (MAX_IMPORT_BYTES), escaped.
 */
const MAX_IMPORT_BODY = 2 * MAX_IMPORT_BYTES + 1024 * 1024
const LARGE_CALLS = new Set(['portability:preview', 'portability:import'])

export const bodyLimit = (call: string) => (LARGE_CALLS.has(call) ? MAX_IMPORT_BODY : MAX_BODY)

export interface HttpHost {
  url: string
  port: number
  token: string
  close(): Promise<void>
}

/** After a refusal, the rest of a body is read and dropped (so the client hears the answer), up to a point. */
const DISCARD_BYTES = 16 * 1024 * 1024
const discardRest = (req: IncomingMessage) => {
  let dropped = 0
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length
    if (dropped > DISCARD_BYTES) req.destroy()
  })
  req.resume()
  setTimeout(() => req.destroy(), 10_000).unref()
}

const sendJson = (res: ServerResponse, status: number, body: Result<unknown>, close = false) => {
  if (res.headersSent) return void res.end()
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...(close ? { Connection: 'close' } : {}),
  })
  res.end(JSON.stringify(body))
}

/** Compares bytes, not characters: a header with one non-ASCII character is just a wrong token. */
const sameSecret = (given: string, secret: string) => {
  const [a, b] = [Buffer.from(given), Buffer.from(secret)]
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * The development and test transport: the same contract over HTTP on 127.0.0.1 only, a random port,
 * a per-run token on every call, and an Origin/Host check so no other page or host can drive it.
 * Every request is answered (400 malformed, 401 no token, 403 foreign, 404 unknown, 405 method,
 * 413 too large) and none can stop the process.
 */
export const startHttpHost = async (opts: {
  core: AppCore
  handlers: Handlers
  staticDir: string
  port?: number
}): Promise<HttpHost> => {
  const token = randomBytes(24).toString('base64url')
  const streams = new EventStreams()
  let origin = ''

  const allowed = (req: IncomingMessage): boolean => {
    const host = req.headers.host ?? ''
    const fromOrigin = req.headers.origin
    return (
      host === origin.slice('http://'.length) && (fromOrigin === undefined || fromOrigin === origin)
    )
  }

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    const target = parseTarget(req.url)
    if (!target) return sendJson(res, 400, fail('VALIDATION', 'The request path is malformed.'))
    if (!allowed(req))
      return sendJson(res, 403, fail('FORBIDDEN', 'Requests must come from the app itself.'))
    if (target.path.startsWith('/api/')) return handleCall(req, res, target.path)
    if (target.path === '/events')
      return openStream(req, res, target.query.get('token') ?? '', target.query.get('stream'))
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return void res.writeHead(405, { Allow: 'GET, HEAD' }).end()
    return serveStatic(opts.staticDir, target.path, res, req.method === 'HEAD')
  }

  const handleCall = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    const auth = req.headers.authorization ?? ''
    if (!sameSecret(auth, `Bearer ${token}`))
      return sendJson(res, 401, fail('FORBIDDEN', 'This call needs the token of the running app.'))
    if (req.method !== 'POST')
      return sendJson(res, 405, fail('VALIDATION', 'Calls are made with POST.'))
    const name = callName(path)
    if (name === null) return sendJson(res, 400, fail('VALIDATION', 'The call name is malformed.'))
    const body = await readBody(req, bodyLimit(name))
    if (!body.ok && body.reason === 'too-large') {
      sendJson(res, 413, fail('VALIDATION', 'The request is too large; nothing was saved.'), true)
      return discardRest(req)
    }
    if (!body.ok) return sendJson(res, 400, fail('VALIDATION', 'The request was cut off.'))
    let input: unknown
    try {
      input = body.text ? JSON.parse(body.text) : {}
    } catch {
      return sendJson(
        res,
        400,
        fail('VALIDATION', 'The request is not valid JSON; nothing was saved.'),
      )
    }
    const stream = streamIdOf(req.headers[STREAM_HEADER])
    if (stream) streams.expect(stream)
    const result = await dispatch(opts.handlers, name, input)
    sendJson(res, !result.ok && result.error.code === 'UNKNOWN_CALL' ? 404 : 200, result)
  }

  const openStream = (
    req: IncomingMessage,
    res: ServerResponse,
    given: string,
    id: string | null,
  ) => {
    if (!sameSecret(given, token))
      return sendJson(res, 401, fail('FORBIDDEN', 'The event stream needs the token.'))
    if (req.method !== 'GET') return sendJson(res, 405, fail('VALIDATION', 'Use GET.'))
    res.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    })
    res.write(': connected\n\n')
    streams.add(res, streamIdOf(id))
    req.on('close', () => streams.remove(res))
  }

  const server = createServer((req, res) => {
    route(req, res).catch((e: unknown) => {
      console.error('[host]', e)
      sendJson(res, 500, fail('INTERNAL', 'The request could not be answered.'))
    })
  })
  // A request the HTTP parser itself refuses (bad request line, header, framing) still gets words.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return void socket.destroy()
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400
    socket.end(`HTTP/1.1 ${status} Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
  })

  const unsubscribe = opts.core.onEvent((event: EventEnvelope) => {
    const frame = `event: ${event.name}\ndata: ${JSON.stringify(event.payload)}\n\n`
    streams.send(frame)
  })

  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  origin = `http://127.0.0.1:${port}`

  return {
    url: origin,
    port,
    token,
    close: async () => {
      unsubscribe()
      streams.closeAll()
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      // Browsers keep connections alive; close() alone would wait for them indefinitely.
      server.closeAllConnections()
      await closed
    },
  }
}
