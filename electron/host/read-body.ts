import type { IncomingMessage } from 'node:http'

export type Body = { ok: true; text: string } | { ok: false; reason: 'too-large' | 'aborted' }

/**
 * Reads a request body up to `limit` bytes. A declared length over the limit is refused before a
 * byte is read, and a body that grows past it is refused the moment it does; what follows is not
 * kept. Never rejects.
 */
export const readBody = (req: IncomingMessage, limit: number): Promise<Body> =>
  new Promise((resolve) => {
    const declared = Number(req.headers['content-length'])
    if (Number.isFinite(declared) && declared > limit)
      return resolve({ ok: false, reason: 'too-large' })
    const chunks: Buffer[] = []
    let size = 0
    const done = (body: Body) => {
      req.removeAllListeners('data')
      resolve(body)
    }
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) return done({ ok: false, reason: 'too-large' })
      chunks.push(chunk)
    })
    req.once('end', () => done({ ok: true, text: Buffer.concat(chunks).toString('utf8') }))
    req.once('error', () => done({ ok: false, reason: 'aborted' }))
    req.once('close', () => {
      if (!req.complete) done({ ok: false, reason: 'aborted' })
    })
  })
