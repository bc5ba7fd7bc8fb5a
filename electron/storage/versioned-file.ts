import { jsonShapeProblem } from '../../shared/library/json-limits'
import type { FileKind } from '../../shared/library/migrations'
import { migrate } from '../../shared/library/migrations'
import { fingerprint } from './durable-write'
import { isMissing, readFailureReason, readPlainFile } from './file-reads'

export type LoadedFile<T> =
  | { status: 'ok'; data: T; fromVersion: number; fingerprint: string }
  /** Written by a newer app: shown read-only when its known fields still make sense. */
  | {
      status: 'newer'
      data: T | null
      name: string | null
      fromVersion: number
      fingerprint: string
    }
  | { status: 'missing' }
  /**
   * `damaged`: the bytes are not a document (empty, cut off, wrong shape); they are moved aside.
   * `inaccessible`: the file could not be read at all (a folder in its place, no permission, a disk
   * error); it is left where it is, since it may be whole once the cause is fixed.
   */
  | { status: 'unreadable'; cause: 'damaged' | 'inaccessible'; reason: string; name: string | null }

/** Editors on Windows save UTF-8 with a byte-order mark; it is not part of the JSON. */
const BOM = '\uFEFF'

const describeEmpty = (text: string): string | null => {
  if (text.length === 0) return 'the file is empty'
  if ([...text].every((ch) => ch === '\0' || ch.trim() === ''))
    return 'the file holds no data (blank or zero bytes)'
  return null
}

const nameIn = (raw: unknown): string | null => {
  const record = raw as { name?: unknown; title?: unknown } | null
  const name = record?.name ?? record?.title
  return typeof name === 'string' && name.trim() ? name.slice(0, 120) : null
}

const damaged = (reason: string, name: string | null = null): LoadedFile<never> => ({
  status: 'unreadable',
  cause: 'damaged',
  reason,
  name,
})

/** Turns a file's bytes into the document they hold, through its kind's migrations. */
export const parseVersioned = <T>(bytes: Buffer, kind: FileKind<T>): LoadedFile<T> => {
  const decoded = bytes.toString('utf8')
  const text = decoded.startsWith(BOM) ? decoded.slice(1) : decoded
  const empty = describeEmpty(text)
  if (empty) return damaged(empty)
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return damaged('the file is not valid JSON (cut off or damaged)')
  }
  const shape = jsonShapeProblem(raw)
  if (shape) return damaged(shape)
  const print = fingerprint(bytes)
  const outcome = migrate(kind, raw)
  if (outcome.status === 'current')
    return {
      status: 'ok',
      data: outcome.data,
      fromVersion: outcome.fromVersion,
      fingerprint: print,
    }
  if (outcome.status === 'newer') {
    const loose = kind.schema.safeParse({ ...(raw as object), schemaVersion: kind.currentVersion })
    return {
      status: 'newer',
      data: loose.success ? loose.data : null,
      name: nameIn(raw),
      fromVersion: outcome.fromVersion,
      fingerprint: print,
    }
  }
  return damaged(`the data does not match (${outcome.reason})`, nameIn(raw))
}

/** Reads one data file of any kind and says exactly what state it is in; never changes the file. */
export const loadVersionedFile = async <T>(
  path: string,
  kind: FileKind<T>,
): Promise<LoadedFile<T>> => {
  let bytes: Buffer
  try {
    bytes = await readPlainFile(path)
  } catch (e) {
    if (isMissing(e)) return { status: 'missing' }
    return { status: 'unreadable', cause: 'inaccessible', reason: readFailureReason(e), name: null }
  }
  return parseVersioned(bytes, kind)
}
