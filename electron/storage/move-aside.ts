import { existsSync, renameSync } from 'node:fs'
import { link, unlink } from 'node:fs/promises'

const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z')

const candidates = function* (path: string, now: Date) {
  const base = `${path}.corrupt-${stamp(now)}`
  yield base
  for (let n = 2; ; n++) yield `${base}-${n}`
}

/**
 * Renames an unreadable file to `<path>.corrupt-<time>` for a person to inspect. It never deletes
 * and never overwrites: link() fails when the name is taken, so a second damaged copy gets `-2`.
 */
export const moveAside = async (path: string, now = new Date()): Promise<string> => {
  for (const target of candidates(path, now)) {
    try {
      await link(path, target)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') continue
      throw e
    }
    await unlink(path)
    return target
  }
  throw new Error('unreachable')
}

/** The same for start-up code that runs before anything async (settings stores). */
export const moveAsideSync = (path: string, now = new Date()): string | null => {
  if (!existsSync(path)) return null
  for (const target of candidates(path, now)) {
    if (existsSync(target)) continue
    renameSync(path, target)
    return target
  }
  return null
}
