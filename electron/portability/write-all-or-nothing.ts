import { mkdir, readFile, rm, rmdir, stat } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import { writeFileDurable } from '../storage/durable-write'

/** Writes one whole file; tests pass one that fails on purpose. */
export type FileWriter = (path: string, text: string) => Promise<void>

export interface PlannedWrite {
  /** Absolute path inside the data folder. */
  path: string
  text: string
}

/** The writes stopped; `rolledBack` says whether every file is back exactly as it was. */
export class WriteAbandoned extends Error {
  constructor(
    readonly failedPath: string,
    readonly reason: string,
    readonly rolledBack: boolean,
  ) {
    super(`Writing ${failedPath} failed (${reason})`)
    this.name = 'WriteAbandoned'
  }
}

const reasonOf = (e: unknown) => {
  const io = e as NodeJS.ErrnoException
  return typeof io?.code === 'string' ? io.code : e instanceof Error ? e.message : String(e)
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  )

/** Folders the writes need that do not exist yet, outermost first, made now and listed for undo. */
const makeFolders = async (root: string, writes: readonly PlannedWrite[], made: string[]) => {
  for (const dir of new Set(writes.map((w) => dirname(w.path)))) {
    const steps = relative(root, dir).split(sep).filter(Boolean)
    for (let i = 1; i <= steps.length; i++) {
      const folder = join(root, ...steps.slice(0, i))
      if (made.includes(folder) || (await exists(folder))) continue
      await mkdir(folder)
      made.push(folder)
    }
  }
}

const putBack = async (
  touched: readonly string[],
  before: ReadonlyMap<string, Buffer | null>,
  made: readonly string[],
) => {
  for (const path of touched) {
    const bytes = before.get(path)
    if (bytes) await writeFileDurable(path, bytes)
    else await rm(path, { force: true })
  }
  for (const folder of [...made].reverse()) await rmdir(folder).catch(() => undefined)
}

/**
 * Several files written as one change. Every file that will be replaced is read first; if any write
 * fails, each file touched so far gets its old bytes back (or goes away if it is new), and so do
 * the folders made for them, so a failure never leaves part of the change on disk.
 */
export const writeAllOrNothing = async (
  root: string,
  writes: readonly PlannedWrite[],
  write: FileWriter = writeFileDurable,
): Promise<void> => {
  const before = new Map<string, Buffer | null>()
  for (const w of writes)
    before.set(
      w.path,
      await readFile(w.path).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return null
        throw e
      }),
    )
  const made: string[] = []
  const touched: string[] = []
  let current = writes[0]?.path ?? root
  try {
    await makeFolders(root, writes, made)
    for (const w of writes) {
      current = w.path
      touched.push(w.path)
      await write(w.path, w.text)
    }
  } catch (e) {
    const rolledBack = await putBack(touched, before, made).then(
      () => true,
      () => false,
    )
    throw new WriteAbandoned(relative(root, current), reasonOf(e), rolledBack)
  }
}
