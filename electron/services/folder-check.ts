import { randomBytes } from 'node:crypto'
import { realpath, rm, stat, writeFile } from 'node:fs/promises'
import { isAbsolute, join, resolve, sep } from 'node:path'
import { AppFailure } from '../../shared/api/result'
import { codeOf } from '../storage/file-reads'
import { writeFailureWords } from '../storage/read-only-message'

/** Folders of the system itself: never a library, and some (/proc) never end when walked. */
export const SYSTEM_FOLDERS: readonly string[] =
  process.platform === 'win32'
    ? [process.env['SystemRoot'] ?? 'C:\\Windows']
    : ['/proc', '/sys', '/dev']

/** A network drive that hangs must not hang the app: the check gives up after this long. */
export const FOLDER_CHECK_MS = 5_000

export interface FolderRules {
  /** The system's folders and the app's own install folder. */
  forbidden: readonly string[]
  timeoutMs?: number
}

export const inside = (path: string, root: string) => path === root || path.startsWith(root + sep)

/** Answers with `work`, or with a refusal once `ms` passed; the work itself cannot be stopped. */
export const withTimeLimit = <T>(work: Promise<T>, ms: number, refusal: () => Error) => {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(refusal()), ms)
  })
  return Promise.race([work, late]).finally(() => clearTimeout(timer))
}

const check = async (path: string, forbidden: readonly string[]): Promise<string> => {
  let real: string
  try {
    real = await realpath(path)
  } catch (e) {
    if (codeOf(e) === 'ENOENT')
      throw new AppFailure('VALIDATION', 'That folder does not exist; create it first.')
    throw new AppFailure('IO', `That folder cannot be opened (${codeOf(e) ?? 'error'}).`)
  }
  const realForbidden = await Promise.all(forbidden.map((f) => realpath(f).catch(() => resolve(f))))
  if (realForbidden.some((root) => inside(real, root)))
    throw new AppFailure(
      'VALIDATION',
      'That is a folder of the system or of the app itself; choose a folder of your own.',
    )
  if (!(await stat(real)).isDirectory())
    throw new AppFailure('VALIDATION', 'That is a file, not a folder.')
  const probe = join(real, `.smartketing-probe-${process.pid}-${randomBytes(4).toString('hex')}`)
  try {
    await writeFile(probe, '', { flag: 'wx' })
  } catch (e) {
    const code = codeOf(e)
    throw new AppFailure(
      'IO',
      `That folder cannot be written (${code ? writeFailureWords(code) : 'error'}).`,
    )
  }
  await rm(probe, { force: true })
  return real
}

/**
 * A folder the library may live in: it exists, is a folder, can be written, and is neither a
 * folder of the system (/proc, /sys, /dev) nor the app's install folder — checked on its real
 * path, so a link cannot lead there. Answers within `timeoutMs`. Returns the real path.
 */
export const checkDataFolder = async (path: string, rules: FolderRules): Promise<string> => {
  if (!isAbsolute(path)) throw new AppFailure('VALIDATION', 'Choose a full folder path.')
  const ms = rules.timeoutMs ?? FOLDER_CHECK_MS
  return await withTimeLimit(
    check(resolve(path), rules.forbidden),
    ms,
    () =>
      new AppFailure(
        'IO',
        `That folder did not answer within ${Math.round(ms / 1000)} seconds (a network drive that is away?).`,
      ),
  )
}
