import { readFileSync } from 'node:fs'

/** A user without rights, for tests that need a file or folder the app is not allowed to use. */
export type Unprivileged = { uid: number; gid: number }

const NOBODY = 65534

/** True when `id` falls inside one of the ranges a /proc/self/{uid,gid}_map maps into this namespace. */
const mapped = (mapFile: string, id: number): boolean => {
  try {
    return readFileSync(mapFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/).map(Number))
      .some(([inside = 0, , count = 0]) => id >= inside && id < inside + count)
  } catch {
    return false
  }
}

/**
 * Whether a test that needs an unreadable or unwritable file can make one, and as whom the app
 * must run for it:
 * - not root: mode bits already apply, nothing to change (`{}` user);
 * - root with "nobody" mapped: the app runs as nobody, for whom a mode of 000 means it;
 * - root in a user namespace where only root is mapped (`unshare -rn` on CI): chown fails with
 *   EINVAL and root ignores every mode bit, so no such file can exist here; `reason` says why.
 */
export const unprivilegedUser = ():
  { possible: true; user: Unprivileged | null } | { possible: false; reason: string } => {
  if (process.getuid?.() !== 0) return { possible: true, user: null }
  if (mapped('/proc/self/uid_map', NOBODY) && mapped('/proc/self/gid_map', NOBODY))
    return { possible: true, user: { uid: NOBODY, gid: NOBODY } }
  return {
    possible: false,
    reason:
      'running as root in a user namespace that maps no other user: root reads every file, ' +
      'so an unreadable or unwritable file cannot be made here',
  }
}
