/** A request's path and query, read without trusting it. */
export interface RequestTarget {
  /** Still percent-encoded: each route decodes what it uses, and refuses what does not decode. */
  path: string
  query: URLSearchParams
}

/**
 * Splits the request line's target by hand instead of `new URL()`, which throws on `//` and
 * friends. Only the origin form (`/path?query`) is accepted; absolute URLs, `*` and anything else
 * are malformed (null), which the host answers with 400.
 */
export const parseTarget = (raw: string | undefined): RequestTarget | null => {
  if (!raw || !raw.startsWith('/') || raw.length > 8192) return null
  const hash = raw.indexOf('#')
  const target = hash < 0 ? raw : raw.slice(0, hash)
  const q = target.indexOf('?')
  const path = q < 0 ? target : target.slice(0, q)
  return { path, query: new URLSearchParams(q < 0 ? '' : target.slice(q + 1)) }
}

/** A call's name from `/api/<name>`, decoded; null when it does not decode. */
export const callName = (path: string): string | null => {
  try {
    return decodeURIComponent(path.slice('/api/'.length))
  } catch {
    return null
  }
}
