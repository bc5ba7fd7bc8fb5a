import { mkdir, rm, rmdir } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import { fingerprint, readBytesOrNull, writeFileDurable } from '../storage/durable-write'
import { exists } from './data-files'

/** Writes one whole file; tests pass one that fails on purpose. */
export type FileWriter = (path: string, text: string) => Promise<void>

export interface PlannedWrite {
  /** Absolute path inside the data folder. */
  path: string
  text: string
  /** The file as the change was planned against it (see `fingerprint`); null if it did not exist. */
  expected: string | null
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

/** A file to be replaced is no longer what the change was planned against; every file is as it was. */
export class TargetChanged extends Error {
  constructor(readonly changedPath: string) {
    super(`${changedPath} changed after the change was planned`)
    this.name = 'TargetChanged'
  }
}

const reasonOf = (e: unknown) => {
  const io = e as NodeJS.ErrnoException
  return typeof io?.code === 'string' ? io.code : e instanceof Error ? e.message : String(e)
}

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

/** Reads every target and refuses, before anything is written, if one is not as planned. */
const readTargets = async (root: string, writes: readonly PlannedWrite[]) => {
  const before = new Map<string, Buffer | null>()
  for (const w of writes) {
    const bytes = await readBytesOrNull(w.path)
    if (fingerprint(bytes) !== w.expected) throw new TargetChanged(relative(root, w.path))
    before.set(w.path, bytes)
  }
  return before
}

/**
 * Several files written, in the order given, as one change. Every target is read first and must
 * still be as the change was planned against it, so an edit saved since is never overwritten; each
 * is checked again just before its own write, so a save landing mid-way stops the change too.
 * If a write fails or a target changed, each file touched so far gets its old bytes back (or goes
 * away if it is new), and so do the folders made for them: a failed write leaves nothing of the
 * change on disk. A crash or power cut between two writes can still leave part of it; for that the
 * import backs the library up just before writing, and orders the writes so the part left is
 * harmless (a client's file last).
 */
export const writeAllOrNothing = async (
  root: string,
  writes: readonly PlannedWrite[],
  write: FileWriter = writeFileDurable,
): Promise<void> => {
  const before = await readTargets(root, writes)
  const made: string[] = []
  const touched: string[] = []
  let current = writes[0]?.path ?? root
  try {
    await makeFolders(root, writes, made)
    for (const w of writes) {
      current = w.path
      if (fingerprint(await readBytesOrNull(w.path)) !== w.expected)
        throw new TargetChanged(relative(root, w.path))
      touched.push(w.path)
      await write(w.path, w.text)
    }
  } catch (e) {
    const rolledBack = await putBack(touched, before, made).then(
      () => true,
      () => false,
    )
    if (e instanceof TargetChanged && rolledBack) throw e
    throw new WriteAbandoned(relative(root, current), reasonOf(e), rolledBack)
  }
}
