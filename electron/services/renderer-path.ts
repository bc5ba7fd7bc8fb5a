import { join, normalize, sep } from 'node:path'

export type RendererPath = { ok: true; file: string } | { ok: false; status: 400 | 404 }

/**
 * The one path guard for the built renderer, used by the loopback host's static files and by the
 * app:// protocol: the file a URL path names inside `root`, or why there is none. A path that does
 * not decode, or holds a NUL, is a bad request; one that leads outside `root`, by any spelling
 * (`..`, `%2e%2e`, `%2f`, backslashes on Windows), is not found.
 */
export const rendererPath = (root: string, urlPath: string): RendererPath => {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return { ok: false, status: 400 }
  }
  if (decoded.includes('\0')) return { ok: false, status: 400 }
  const relative = decoded === '' || decoded === '/' ? '/index.html' : decoded
  const base = normalize(root)
  const file = normalize(join(base, relative))
  return file.startsWith(base.endsWith(sep) ? base : base + sep)
    ? { ok: true, file }
    : { ok: false, status: 404 }
}
