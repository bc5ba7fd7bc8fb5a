import { chmod, chown, mkdir, readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { lockText, newLockRecord } from '../../electron/storage/lock-file'
import { libraryPaths } from '../../electron/storage/library-paths'
import type { HostOptions } from './host-process'
import { unprivilegedUser } from './nobody'

/**
 * Faults a real user meets, set up in a test's folder before the app starts (as Actual Budget's
 * fixtures do): each must show a clear message and lose nothing. For a full disk only the library
 * is seeded here: the disk fills while the app runs (AppUnderTest.fillDisk).
 */
export type Fault = 'corrupt-settings' | 'read-only-folder' | 'locked-library' | 'full-disk'

/** A client already in the library, so "loses nothing" has something to lose. */
export const SEEDED_CLIENT = {
  schemaVersion: 2,
  id: 'client-before-0001',
  name: 'Vorher & Nachher GmbH',
  industry: 'Logistics',
  notes: 'Written before the fault.',
  archived: false,
  createdAt: '2026-11-02T09:00:00.000Z',
  updatedAt: '2026-11-02T09:00:00.000Z',
  revision: 4,
  members: [
    {
      id: 'member-ana-0001',
      name: 'Ana Souza',
      department: 'sales',
      role: 'Account lead',
      email: '',
      phone: '',
    },
  ],
}

/** The computer that holds the library in the "locked" fault. */
export const OTHER_COMPUTER = 'front-desk-pc'

export const applyFault = async (fault: Fault, folder: string) => {
  const paths = libraryPaths(join(folder, 'library'))
  await mkdir(paths.clients, { recursive: true })
  await mkdir(join(folder, 'settings'), { recursive: true })
  await writeFile(paths.client(SEEDED_CLIENT.id), JSON.stringify(SEEDED_CLIENT, null, 2) + '\n')
  if (fault === 'corrupt-settings')
    await writeFile(join(folder, 'settings', 'settings.json'), '{"theme": "da')
  if (fault === 'locked-library')
    await writeFile(
      paths.lock,
      lockText({ ...newLockRecord('0.1.0', Date.now()), host: OTHER_COMPUTER }),
    )
}

const walk = async (dir: string, each: (path: string, isDir: boolean) => Promise<void>) => {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) await walk(path, each)
    await each(path, entry.isDirectory())
  }
}

/**
 * The user the host runs as. For a read-only data folder that is a user who cannot write it: as
 * root every mode bit is ignored, so there the host runs as "nobody", who owns the test's folder
 * but finds the library read-only.
 */
export const faultUser = async (fault: Fault, folder: string): Promise<HostOptions> => {
  if (fault !== 'read-only-folder') return {}
  const unprivileged = unprivilegedUser()
  if (!unprivileged.possible) throw new Error(`no read-only folder: ${unprivileged.reason}`)
  const nobody = unprivileged.user
  if (nobody) {
    await chown(folder, nobody.uid, nobody.gid)
    await walk(folder, (path) => chown(path, nobody.uid, nobody.gid))
  }
  const library = join(folder, 'library')
  await walk(library, (path, isDir) => chmod(path, isDir ? 0o555 : 0o444))
  await chmod(library, 0o555)
  if ((await stat(library)).mode & 0o200) throw new Error('the library stayed writable')
  return nobody ?? {}
}

/** Makes a read-only library writable again, so the test's folder can be removed. */
export const releaseFault = async (fault: Fault, folder: string) => {
  if (fault !== 'read-only-folder') return
  const library = join(folder, 'library')
  await chmod(library, 0o755).catch(() => undefined)
  await walk(library, (path, isDir) => chmod(path, isDir ? 0o755 : 0o644)).catch(() => undefined)
}
