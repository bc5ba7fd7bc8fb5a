import { z } from 'zod'
import { ClientSummary } from '../../shared/library/client'
import { writeFileDurable } from './durable-write'
import { isMissing, readFailureReason } from './file-reads'
import { readPlainFile } from './file-reads'

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
  /** damaged: moved aside and rebuilt; inaccessible: left as it is, rebuilt in memory. */
  | { status: 'unreadable'; cause: 'damaged' | 'inaccessible'; reason: string }

/** Never throws: an index that cannot be read is rebuilt from the client files. */
export const readIndex = async (path: string): Promise<IndexRead> => {
  let text: string
  try {
    text = (await readPlainFile(path)).toString('utf8').replace(/^\uFEFF/, '')
  } catch (e) {
    if (isMissing(e)) return { status: 'missing' }
    return { status: 'unreadable', cause: 'inaccessible', reason: readFailureReason(e) }
  }
  try {
    const parsed = IndexFile.safeParse(JSON.parse(text))
    if (parsed.success)
      return { status: 'ok', entries: new Map(parsed.data.entries.map((e) => [e.summary.id, e])) }
  } catch {
    // not JSON: damaged, as below
  }
  return { status: 'unreadable', cause: 'damaged', reason: 'it is damaged' }
}

export const writeIndex = (path: string, entries: Iterable<IndexEntry>): Promise<void> =>
  writeFileDurable(path, JSON.stringify({ schemaVersion: 1, entries: [...entries] }) + '\n')
