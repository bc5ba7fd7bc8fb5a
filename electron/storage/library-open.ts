import { mkdir, readdir, stat } from 'node:fs/promises'
import type { ClientSummary } from '../../shared/library/client'
import { toSummary } from '../../shared/library/client'
import type { LibraryProblem } from '../../shared/library/library'
import type { IndexEntry } from './client-index'
import { readIndex } from './client-index'
import { clientFileKind } from '../../shared/library/client-file'
import { loadVersionedFile } from './versioned-file'
import { removeStaleTempFiles } from './durable-write'
import type { LibraryPaths } from './library-paths'
import { CLIENT_FILE } from './library-paths'
import { moveAside } from './move-aside'

export interface OpenedLibrary {
  entries: Map<string, IndexEntry>
  problems: LibraryProblem[]
  indexChanged: boolean
}

const problemFor = (
  kind: LibraryProblem['kind'],
  file: string,
  clientId: string | null,
  clientName: string | null,
  movedTo: string | null,
  message: string,
): LibraryProblem => ({ kind, file, clientId, clientName, movedTo, message })

/** Loads one changed or unknown file into an index entry, or records why it could not be opened. */
const reconcileFile = async (
  paths: LibraryPaths,
  id: string,
  known: IndexEntry | undefined,
  problems: LibraryProblem[],
): Promise<IndexEntry | null> => {
  const path = paths.client(id)
  const loaded = await loadVersionedFile(path, clientFileKind)
  const knownName = known?.summary.name ?? null
  if (loaded.status === 'missing') return null
  if (loaded.status === 'unreadable') {
    const movedTo = await moveAside(path)
    const name = knownName ?? loaded.name
    problems.push(
      problemFor(
        'corrupt',
        `clients/${id}.json`,
        id,
        name,
        movedTo,
        `${name ? `“${name}”` : 'A client file'} could not be read: ${loaded.reason}. ` +
          'The file was moved aside, not deleted; restore the client from a backup.',
      ),
    )
    return null
  }
  const st = await stat(path)
  let summary: ClientSummary
  if (loaded.status === 'newer') {
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
    summary = loaded.data
      ? toSummary(loaded.data, true)
      : { ...(known?.summary ?? emptySummary(id, name, st.mtime)), readOnly: true }
  } else {
    summary = toSummary(loaded.data)
  }
  return { summary, mtimeMs: st.mtimeMs, size: st.size }
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

/**
 * Opens a data folder: trusts the index for files whose size and mtime it already knows and reads
 * only the rest, so a 1,000-client library opens from one small file and a directory listing.
 */
export const openLibraryFolder = async (paths: LibraryPaths): Promise<OpenedLibrary> => {
  await mkdir(paths.clients, { recursive: true })
  await removeStaleTempFiles(paths.clients)
  await removeStaleTempFiles(paths.dataDir)
  const problems: LibraryProblem[] = []
  const index = await readIndex(paths.index)
  let previous = new Map<string, IndexEntry>()
  if (index.status === 'ok') previous = index.entries
  if (index.status === 'unreadable') {
    const movedTo = await moveAside(paths.index)
    problems.push(
      problemFor(
        'index-rebuilt',
        'index.json',
        null,
        null,
        movedTo,
        'The library index was damaged and has been rebuilt from the client files.',
      ),
    )
  }
  const files = (await readdir(paths.clients)).flatMap((f) => CLIENT_FILE.exec(f)?.[1] ?? [])
  const entries = new Map<string, IndexEntry>()
  let changed = index.status !== 'ok' || files.length !== previous.size
  await Promise.all(
    files.map(async (id) => {
      const known = previous.get(id)
      const st = await stat(paths.client(id)).catch(() => null)
      if (!st) return
      if (
        known &&
        known.mtimeMs === st.mtimeMs &&
        known.size === st.size &&
        !known.summary.readOnly
      ) {
        entries.set(id, known)
        return
      }
      changed = true
      const entry = await reconcileFile(paths, id, known, problems)
      if (entry) entries.set(id, entry)
    }),
  )
  return { entries, problems, indexChanged: changed }
}
