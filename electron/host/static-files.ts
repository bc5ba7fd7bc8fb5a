import { readFile } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp'
import { rendererPath } from '../services/renderer-path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
}

const plain = (res: ServerResponse, status: number, text: string): void =>
  void res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(text)

/**
 * Vite names every file under /assets/ after its content, so a browser may keep it for good: a
 * reload then reads scripts from its cache with their compiled code (V8's code cache), as the
 * desktop app does for its own scheme. The page itself is always asked for afresh, so a rebuilt
 * renderer is what the next reload shows.
 */
const cacheControl = (root: string, file: string) =>
  file.startsWith(join(normalize(root), 'assets') + sep)
    ? 'public, max-age=31536000, immutable'
    : 'no-store'

/** Serves the built renderer; anything outside its folder is a 404, whatever the path says. */
export const serveStatic = async (
  root: string,
  urlPath: string,
  res: ServerResponse,
  head = false,
): Promise<void> => {
  const target = rendererPath(root, urlPath)
  if (!target.ok) return plain(res, target.status, target.status === 400 ? 'Bad path' : 'Not found')
  let body: Buffer
  try {
    body = await readFile(target.file)
  } catch {
    return plain(res, 404, 'Not found')
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(target.file)] ?? 'application/octet-stream',
    'Content-Length': body.length,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': cacheControl(root, target.file),
    'Referrer-Policy': 'no-referrer',
  })
  res.end(head ? undefined : body)
}
