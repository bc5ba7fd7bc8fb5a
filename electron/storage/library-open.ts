import type { Stats } from 'node:fs'
import { statSync } from 'node:fs'
import { mkdir, readdir } from 'node:fs/promises'
import type { ClientSummary } from '../../shared/library/client'
import { toSummary } from '../../shared/library/client'
import { clientFileKind } from '../../shared/library/client-file'
import type { LibraryProblem } from '../../shared/library/library'
import type { IndexEntry } from './client-index'
import { readIndex } from './client-index'
import type { LibraryPaths } from './library-paths'
import { DATA_FILE } from './library-paths'
import { moveAside } from './move-aside'
import { isMissing, readFailureReason } from './file-reads'
import { loadVersionedFile } from './versioned-file'

export interface OpenedLibrary {
  entries: Map<string, IndexEntry>
  problems: LibraryProblem[]
  indexChanged: boolean
  /** Client files the index did not know, left to `readPendingClients` (see `deferAbove`). */
  pending: string[]
}

const problemFor = (
  kind: LibraryProblem['kind'],
  file: string,
  clientId: string | null,
  clientName: string | null,
  movedTo: string | null,
  message: string,
): LibraryProblem => ({ kind, file, clientId, clientName, movedTo, message })

const quoted = (name: string | null) => (name ? `“${name}”` : 'A client file')

/**
 * A damaged file (its bytes are not a client) is moved aside for a person to inspect; one that
 * could not be read at all is left where it is, whole, until its cause is fixed. A read-only
 * library moves nothing: its writer may be in the middle of saving that very file.
 */
const unreadableProblem = async (
  paths: LibraryPaths,
  id: string,
  name: string | null,
  loaded: { cause: 'damaged' | 'inaccessible'; reason: string },
  writable: boolean,
): Promise<LibraryProblem> => {
  const file = `clients/${id}.json`
  const moveIt = loaded.cause === 'damaged' && writable
  const movedTo = moveIt ? await moveAside(paths.client(id)).catch(() => null) : null
  const what = movedTo
    ? 'The file was moved aside, not deleted; restore the client from a backup.'
    : 'The file was left as it is; the client opens again once it can be read.'
  return problemFor(
    loaded.cause === 'damaged' ? 'corrupt' : 'unreadable',
    file,
    id,
    name,
    movedTo,
    `${quoted(name)} (${file}) could not be read: ${loaded.reason}. ${what}`,
  )
}

const emptySummary = (id: string, name: string, mtime: Date): ClientSummary => ({
  id,
  name,
  industry: '',
  archived: false,
  memberCount: 0,
  createdAt: mtime.toISOString(),
  updatedAt: mtime.toISOString(),
  readOnly: true,
})

/** Loads one changed or unknown file into an index entry, or records why it could not be opened. */
const reconcileFile = async (
  paths: LibraryPaths,
  id: string,
  st: Stats,
  known: IndexEntry | undefined,
  writable: boolean,
  problems: LibraryProblem[],
): Promise<IndexEntry | null> => {
  const loaded = await loadVersionedFile(paths.client(id), clientFileKind)
  const knownName = known?.summary.name ?? null
  if (loaded.status === 'missing') return null
  if (loaded.status === 'unreadable') {
    problems.push(await unreadableProblem(paths, id, knownName ?? loaded.name, loaded, writable))
    return null
  }
  if (loaded.status === 'ok')
    return { summary: toSummary(loaded.data), mtimeMs: st.mtimeMs, size: st.size }
  const name = loaded.name ?? knownName ?? 'Unnamed client'
  problems.push(
    problemFor(
      'newer-version',
      `clients/${id}.json`,
      id,
      name,
      null,
      `“${name}” was saved by a newer version of the app (format ${loaded.fromVersion}). ` +
        'It opens read-only; update the app to edit it.',
    ),
  )
  const summary = loaded.data
    ? toSummary(loaded.data, true)
    : { ...(known?.summary ?? emptySummary(id, name, st.mtime)), readOnly: true }
  return { summary, mtimeMs: st.mtimeMs, size: st.size }
}

/** The previous index, or an empty one and why it had to be rebuilt. */
const previousIndex = async (
  paths: LibraryPaths,
  writable: boolean,
  problems: LibraryProblem[],
) => {
  const index = await readIndex(paths.index)
  if (index.status === 'ok') return index.entries
  if (index.status === 'unreadable') {
    const moveIt = index.cause === 'damaged' && writable
    const movedTo = moveIt ? await moveAside(paths.index).catch(() => null) : null
    problems.push(
      problemFor(
        'index-rebuilt',
        'index.json',
        null,
        null,
        movedTo,
        `The library index could not be read (${index.reason}); the list was rebuilt from the client files.`,
      ),
    )
  }
  return new Map<string, IndexEntry>()
}

/** The client ids with a file in clients/; a folder that cannot be listed is reported. */
const listClientIds = async (paths: LibraryPaths, problems: LibraryProblem[]) => {
  try {
    return (await readdir(paths.clients)).flatMap((f) => DATA_FILE.exec(f)?.[1] ?? [])
  } catch (e) {
    if (!isMissing(e))
      problems.push(
        problemFor(
          'unreadable',
          'clients/',
          null,
          null,
          null,
          `The clients folder could not be read (${readFailureReason(e)}); no client could be opened.`,
        ),
      )
    return []
  }
}

/**
 * How many files are checked against the index before the event loop gets a turn. Each check is a
 * synchronous stat: for a file the kernel has cached it takes microseconds, where the thread pool
 * adds a promise and two thread hops to each (1,000 files: about 13 ms of CPU instead of 50 ms,
 * at every start). A turn between slices keeps the process answering with 10,000 clients.
 */
const STATS_PER_TURN = 500

/**
 * Opens a data folder: trusts the index for files whose size and mtime it already knows and reads
 * only the rest, so a 1,000-client library opens from one small file and a directory listing. No
 * file in it can stop the library from opening: each one that cannot be read is reported by name.
 * When more than `deferAbove` files are unknown to the index (it was lost, or files were copied
 * in), they are not read here but returned as `pending`, so the app opens at once and reads them
 * in the background.
 */
export const openLibraryFolder = async (
  paths: LibraryPaths,
  writable: boolean,
  deferAbove = Infinity,
): Promise<OpenedLibrary> => {
  if (writable) await mkdir(paths.clients, { recursive: true }).catch(() => undefined)
  const problems: LibraryProblem[] = []
  const previous = await previousIndex(paths, writable, problems)
  const ids = await listClientIds(paths, problems)
  const unknown = ids.filter((id) => !previous.has(id))
  const pending = unknown.length > deferAbove ? unknown : []
  const deferred = new Set(pending)
  const entries = new Map<string, IndexEntry>()
  let changed = problems.length > 0 || ids.length !== previous.size
  const reads: Promise<void>[] = []
  for (let i = 0; i < ids.length; i += STATS_PER_TURN) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve))
    for (const id of ids.slice(i, i + STATS_PER_TURN)) {
      if (deferred.has(id)) continue
      reads.push(
        openOne(paths, id, previous.get(id), writable, problems).then((entry) => {
          if (entry.changed) changed = true
          if (entry.entry) entries.set(id, entry.entry)
        }),
      )
    }
  }
  await Promise.all(reads)
  problems.sort((a, b) => a.file.localeCompare(b.file))
  return { entries, problems, indexChanged: changed, pending }
}

/** One client file against what the index knew of it: kept, read again, or reported. */
const openOne = async (
  paths: LibraryPaths,
  id: string,
  known: IndexEntry | undefined,
  writable: boolean,
  problems: LibraryProblem[],
): Promise<{ entry: IndexEntry | null; changed: boolean }> => {
  let st: Stats
  try {
    st = statSync(paths.client(id))
  } catch (e) {
    if (isMissing(e)) return { entry: null, changed: true }
    const trouble = { cause: 'inaccessible', reason: readFailureReason(e) } as const
    problems.push(
      await unreadableProblem(paths, id, known?.summary.name ?? null, trouble, writable),
    )
    return { entry: null, changed: true }
  }
  if (
    known &&
    st.isFile() &&
    known.mtimeMs === st.mtimeMs &&
    known.size === st.size &&
    !known.summary.readOnly
  )
    return { entry: known, changed: false }
  return { entry: await reconcileFile(paths, id, st, known, writable, problems), changed: true }
}

/**
 * Reads the files `openLibraryFolder` left pending, a batch at a time with a turn of the event
 * loop between batches, so the process answers requests while a 10,000-client library is read.
 * `found` is told each batch's entries and problems; `signal` stops it (the library is closing).
 */
export const readPendingClients = async (
  paths: LibraryPaths,
  pending: readonly string[],
  writable: boolean,
  found: (entries: IndexEntry[], problems: LibraryProblem[]) => void,
  signal: AbortSignal,
  batchSize = 250,
): Promise<void> => {
  for (let i = 0; i < pending.length; i += batchSize) {
    await new Promise((resolve) => setImmediate(resolve))
    if (signal.aborted) return
    const problems: LibraryProblem[] = []
    const batch = await Promise.all(
      pending
        .slice(i, i + batchSize)
        .map((id) => openOne(paths, id, undefined, writable, problems)),
    )
    found(
      batch.flatMap((b) => (b.entry ? [b.entry] : [])),
      problems,
    )
  }
}
