import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { EventEnvelope } from '../../shared/api/events'
import type { Result } from '../../shared/api/result'
import { fail } from '../../shared/api/result'
import type { AppCore } from '../services/app-core'
import { dispatch } from '../services/dispatch'
import type { Handlers } from '../services/handlers/types'
import { serveStatic } from './static-files'

const MAX_BODY = 4 * 1024 * 1024

export interface HttpHost {
  url: string
  port: number
  token: string
  close(): Promise<void>
}

const sendJson = (res: ServerResponse, status: number, body: Result<unknown>) => {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  })
  res.end(JSON.stringify(body))
}

const readBody = (req: IncomingMessage): Promise<string | null> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    // An oversized body is drained, not kept, so the caller still gets a clear answer.
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY) chunks.push(chunk)
    })
    req.on('end', () => resolve(size > MAX_BODY ? null : Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })

const sameSecret = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

/**
 * The development and test transport: the same contract over HTTP on 127.0.0.1 only, a random port,
 * a per-run token on every call, and an Origin/Host check so no other page or host can drive it.
 */
export const startHttpHost = async (opts: {
  core: AppCore
  handlers: Handlers
  staticDir: string
  port?: number
}): Promise<HttpHost> => {
  const token = randomBytes(24).toString('base64url')
  const streams = new Set<ServerResponse>()
  let origin = ''

  const allowed = (req: IncomingMessage): boolean => {
    const host = req.headers.host ?? ''
    const fromOrigin = req.headers.origin
    return (
      host === origin.slice('http://'.length) && (fromOrigin === undefined || fromOrigin === origin)
    )
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (!allowed(req))
      return sendJson(res, 403, fail('FORBIDDEN', 'Requests must come from the app itself.'))
    if (url.pathname.startsWith('/api/')) return handleCall(req, res, url.pathname.slice(5))
    if (url.pathname === '/events') return openStream(req, res, url.searchParams.get('token') ?? '')
    if (req.method !== 'GET') return void res.writeHead(405).end()
    return serveStatic(opts.staticDir, url.pathname, res)
  })

  const handleCall = async (req: IncomingMessage, res: ServerResponse, name: string) => {
    const auth = req.headers.authorization ?? ''
    if (req.method !== 'POST' || !sameSecret(auth, `Bearer ${token}`)) {
      return sendJson(res, 401, fail('FORBIDDEN', 'This call needs the token of the running app.'))
    }
    const body = await readBody(req)
    if (body === null)
      return sendJson(res, 413, fail('VALIDATION', 'The request is too large; nothing was saved.'))
    let input: unknown
    try {
      input = body ? JSON.parse(body) : {}
    } catch {
      return sendJson(
        res,
        400,
        fail('VALIDATION', 'The request is not valid JSON; nothing was saved.'),
      )
    }
    sendJson(res, 200, await dispatch(opts.handlers, decodeURIComponent(name), input))
  }

  const openStream = (req: IncomingMessage, res: ServerResponse, given: string) => {
    if (!sameSecret(given, token))
      return sendJson(res, 401, fail('FORBIDDEN', 'The event stream needs the token.'))
    res.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    })
    res.write(': connected\n\n')
    streams.add(res)
    req.on('close', () => streams.delete(res))
  }

  const unsubscribe = opts.core.onEvent((event: EventEnvelope) => {
    const frame = `event: ${event.name}\ndata: ${JSON.stringify(event.payload)}\n\n`
    for (const res of streams) res.write(frame)
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
      for (const res of streams) res.end()
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      // Browsers keep connections alive; close() alone would wait for them indefinitely.
      server.closeAllConnections()
      await closed
    },
  }
}
