import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { LibraryPaths } from '../storage/library-paths'
import { DATA_FILE, PER_CLIENT_FOLDERS } from '../storage/library-paths'
import { readPlainFile } from '../storage/file-reads'

const jsonNames = async (dir: string) =>
  (await readdir(dir).catch(() => [] as string[])).filter((n) => DATA_FILE.test(n)).sort()

/** A data file's place on disk from its path in an export or a backup ("workshops/<c>/<id>.json"). */
export const absolutePath = (paths: LibraryPaths, rel: string) =>
  join(paths.dataDir, ...rel.split('/'))

/**
 * Every data file's text by its path in the folder: the same set a backup holds (clients, each
 * client's workshops, agreements and follow-up, the plan template), so previews match restores.
 */
export const listDataFiles = async (paths: LibraryPaths): Promise<Map<string, string>> => {
  const files = new Map<string, string>()
  const add = async (rel: string) => {
    const bytes = await readPlainFile(absolutePath(paths, rel)).catch(() => null)
    if (bytes !== null) files.set(rel, bytes.toString('utf8'))
  }
  for (const name of await jsonNames(paths.clients)) await add(`clients/${name}`)
  for (const folder of PER_CLIENT_FOLDERS) {
    const root = join(paths.dataDir, folder)
    for (const clientId of (await readdir(root).catch(() => [] as string[])).sort())
      for (const name of await jsonNames(join(root, clientId)))
        await add(`${folder}/${clientId}/${name}`)
  }
  await add('templates.json')
  return files
}

/** Parsed JSON, or null for a blank, cut-off or otherwise unreadable file. */
export const parseOrNull = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

export const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  )
