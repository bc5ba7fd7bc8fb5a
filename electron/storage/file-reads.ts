import { constants } from 'node:fs'
import { open } from 'node:fs/promises'

/**
 * Why a file could not be read, in words a person can act on. Every read error lands here: a
 * library file that cannot be read is a problem to report, never a reason for the app not to start.
 */
const READ_REASONS: Readonly<Record<string, string>> = {
  EISDIR: 'a folder is where the file should be',
  ENOTFILE: 'something other than a file (a device or pipe) is in its place',
  EACCES: 'the app is not allowed to read it',
  EPERM: 'the app is not allowed to read it',
  ELOOP: 'it is a link that leads back to itself',
  EIO: 'the disk could not read it',
  ENAMETOOLONG: 'its path is too long',
  ENOTDIR: 'a file is where its folder should be',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
}

export const codeOf = (e: unknown): string | null => {
  const code = (e as NodeJS.ErrnoException | null)?.code
  return typeof code === 'string' ? code : null
}

/** "the app is not allowed to read it (EACCES)". */
export const readFailureReason = (e: unknown): string => {
  const code = codeOf(e)
  const words = (code && READ_REASONS[code]) ?? 'it could not be read'
  return code ? `${words} (${code})` : words
}

/** Missing is an answer, not a failure: a document that was never written or was deleted. */
export const isMissing = (e: unknown): boolean => codeOf(e) === 'ENOENT'

/**
 * A plain file's bytes. Anything else in its place is refused before reading: a folder (EISDIR),
 * and a pipe or device, which could block the read forever (opened non-blocking, then checked).
 */
export const readPlainFile = async (path: string): Promise<Buffer> => {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  try {
    const st = await handle.stat()
    if (!st.isFile()) {
      const code = st.isDirectory() ? 'EISDIR' : 'ENOTFILE'
      throw Object.assign(new Error(`${path} is not a plain file`), { code })
    }
    return await handle.readFile()
  } finally {
    await handle.close()
  }
}
