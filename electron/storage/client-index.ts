import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { ClientSummary } from '../../shared/library/client'
import { writeFileDurable } from './durable-write'

/**
 * The index caches each client's summary with the size and mtime its file had, so opening a large
 * library reads one small file and a directory listing; only files that changed since are parsed.
 */
export const IndexEntry = z.object({
  summary: ClientSummary,
  mtimeMs: z.number(),
  size: z.number(),
})
export type IndexEntry = z.infer<typeof IndexEntry>

const IndexFile = z.object({ schemaVersion: z.literal(1), entries: z.array(IndexEntry) })

export type IndexRead =
  | { status: 'ok'; entries: Map<string, IndexEntry> }
  | { status: 'missing' }
  | { status: 'unreadable' }

export const readIndex = async (path: string): Promise<IndexRead> => {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' }
    throw e
  }
  try {
    const parsed = IndexFile.safeParse(JSON.parse(text))
    if (!parsed.success) return { status: 'unreadable' }
    return { status: 'ok', entries: new Map(parsed.data.entries.map((e) => [e.summary.id, e])) }
  } catch {
    return { status: 'unreadable' }
  }
}

export const writeIndex = (path: string, entries: Iterable<IndexEntry>): Promise<void> =>
  writeFileDurable(path, JSON.stringify({ schemaVersion: 1, entries: [...entries] }) + '\n')
