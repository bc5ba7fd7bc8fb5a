import { readFile } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { Low } from 'lowdb'
import { writeFileDurable } from './durable-write'

export class UnreadableFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: 'empty' | 'not-json',
  ) {
    super(reason === 'empty' ? `${path} holds no data` : `${path} is not valid JSON`)
    this.name = 'UnreadableFileError'
  }
}

/**
 * lowdb's adapter with the durability lowdb's own writer lacks: every write goes through
 * writeFileDurable (unique temp file, fsync, rename, folder fsync), and a damaged file is reported
 * by kind instead of being silently read as empty.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(readonly path: string) {}

  async read(): Promise<T | null> {
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw e
    }
    if ([...text].every((ch) => ch === '\0' || ch.trim() === ''))
      throw new UnreadableFileError(this.path, 'empty')
    try {
      return JSON.parse(text) as T
    } catch {
      throw new UnreadableFileError(this.path, 'not-json')
    }
  }

  write(data: T): Promise<void> {
    return writeFileDurable(this.path, JSON.stringify(data, null, 2) + '\n')
  }
}

/** Saves one document as its own file through lowdb. */
export const saveDocument = async <T>(path: string, data: T): Promise<void> => {
  const db = new Low<T>(new DurableJsonFile<T>(path), data)
  await db.write()
}
