import { readFile } from 'node:fs/promises'
import type { FileKind } from '../../shared/library/migrations'
import { migrate } from '../../shared/library/migrations'

export type LoadedFile<T> =
  | { status: 'ok'; data: T; fromVersion: number }
  /** Written by a newer app: shown read-only when its known fields still make sense. */
  | { status: 'newer'; data: T | null; name: string | null; fromVersion: number }
  | { status: 'missing' }
  | { status: 'unreadable'; reason: string; name: string | null }

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

/** Reads one data file of any kind and says exactly what state it is in; never changes the file. */
export const loadVersionedFile = async <T>(
  path: string,
  kind: FileKind<T>,
): Promise<LoadedFile<T>> => {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' }
    throw e
  }
  const empty = describeEmpty(text)
  if (empty) return { status: 'unreadable', reason: empty, name: null }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return {
      status: 'unreadable',
      reason: 'the file is not valid JSON (cut off or damaged)',
      name: null,
    }
  }
  const outcome = migrate(kind, raw)
  if (outcome.status === 'current')
    return { status: 'ok', data: outcome.data, fromVersion: outcome.fromVersion }
  if (outcome.status === 'newer') {
    const loose = kind.schema.safeParse({ ...(raw as object), schemaVersion: kind.currentVersion })
    return {
      status: 'newer',
      data: loose.success ? loose.data : null,
      name: nameIn(raw),
      fromVersion: outcome.fromVersion,
    }
  }
  return {
    status: 'unreadable',
    reason: `the data does not match (${outcome.reason})`,
    name: nameIn(raw),
  }
}
