import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ClientFile } from '../../../../shared/library/client'
import {
  createBackup,
  KEEP_BACKUPS,
  listBackups,
  restoreBackup,
} from '../../../../electron/storage/backups'
import { libraryPaths } from '../../../../electron/storage/library-paths'
import { LibraryStore } from '../../../../electron/storage/library-store'
import { tempDir } from '../../../support/temp-core'

const at = '2026-11-23T09:00:00.000Z'
const client = (id: string, name: string): ClientFile => ({
  schemaVersion: 2,
  id,
  name,
  industry: '',
  notes: '',
  archived: false,
  createdAt: at,
  updatedAt: at,
  revision: 0,
  members: [],
})
const day = (n: number) => new Date(Date.UTC(2026, 10, n, 8))

describe('rolling backups', () => {
  let dir: string
  beforeEach(async () => {
    dir = await tempDir()
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('backs up every data file, skips when nothing changed, and keeps the last ten', async () => {
    const store = await LibraryStore.open(dir)
    const paths = libraryPaths(dir)
    await store.create(client('client-a-000001', 'Alpha'))
    const first = await createBackup(paths, day(1))
    expect(first).toMatchObject({ clientCount: 1, fileCount: 1 })
    expect(await createBackup(paths, day(2))).toBeNull()
    for (let i = 0; i < 12; i++) {
      await store.update('client-a-000001', (c) => ({ ...c, notes: `edit ${i}` }))
      await createBackup(paths, day(3 + i))
    }
    const list = await listBackups(paths)
    expect(list).toHaveLength(KEEP_BACKUPS)
    expect(list[0]!.createdAt).toBe(day(14).toISOString())
    expect(list.at(-1)!.createdAt).toBe(day(5).toISOString())
  })

  it('restores a backup, backing up the present first and parking newer clients in trash', async () => {
    const store = await LibraryStore.open(dir)
    const paths = libraryPaths(dir)
    await store.create(client('client-a-000001', 'Alpha'))
    const backup = (await createBackup(paths, day(1)))!
    await store.update('client-a-000001', (c) => ({ ...c, name: 'Alpha renamed' }))
    await store.create(client('client-b-000001', 'Beta'))
    await store.flush()

    await restoreBackup(paths, backup.id, day(2))
    const restored = await LibraryStore.open(dir)
    expect(restored.list().map((c) => c.name)).toEqual(['Alpha'])
    expect(await readdir(paths.trash)).toEqual(['clients--client-b-000001.json'])
    const backups = await listBackups(paths)
    expect(backups.map((b) => b.createdAt)).toEqual([day(2).toISOString(), day(1).toISOString()])
    const saved = JSON.parse(await readFile(join(paths.backups, `${backups[0]!.id}.json`), 'utf8'))
    expect(Object.keys(saved.files).sort()).toEqual([
      'clients/client-a-000001.json',
      'clients/client-b-000001.json',
    ])
  })
})
