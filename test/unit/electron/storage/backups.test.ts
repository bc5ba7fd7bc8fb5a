import { mkdir, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ClientFile } from '../../../../shared/library/client'
import {
  createBackup,
  createBackupInBackground,
  expired,
  listBackups,
  RETENTION,
  restoreBackup,
} from '../../../../electron/storage/backups'
import { listBackupRefs } from '../../../../electron/storage/backup-snapshots'
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

/** Every file under the folder by its path, except backups/ and the lock: what a restore must match. */
const treeOf = async (dir: string, skip = ['backups', '.smartketing-lock.json', 'index.json']) => {
  const out: Record<string, string> = {}
  const walk = async (at: string) => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const full = join(at, entry.name)
      const rel = relative(dir, full)
      if (skip.some((s) => rel === s || rel.startsWith(`${s}/`))) continue
      if (entry.isDirectory()) await walk(full)
      else out[rel] = await readFile(full, 'utf8')
    }
  }
  await walk(dir)
  return out
}

/** Every file written into backups/ and its size: what a backup costs on disk. */
const backupFiles = async (dir: string) => {
  const out = new Map<string, number>()
  const walk = async (at: string) => {
    for (const entry of await readdir(at, { withFileTypes: true }).catch(() => [])) {
      const full = join(at, entry.name)
      if (entry.isDirectory()) await walk(full)
      else out.set(relative(join(dir, 'backups'), full), (await stat(full)).size)
    }
  }
  await walk(join(dir, 'backups'))
  return out
}
const objectsIn = (files: Map<string, number>) =>
  [...files.keys()].filter((f) => f.startsWith('objects/'))

describe('incremental backups', () => {
  let dir: string
  beforeEach(async () => {
    dir = await tempDir()
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  /** Three clients with a workshop each, a template and a deleted client in the trash. */
  const library = async () => {
    const store = await LibraryStore.open(dir)
    const paths = libraryPaths(dir)
    for (const [id, name] of [
      ['client-a-000001', 'Alpha'],
      ['client-b-000001', 'Beta'],
      ['client-c-000001', 'Ćma'],
      ['client-d-000001', 'Gone'],
    ] as const) {
      await store.create(client(id, name))
      await mkdir(paths.workshops(id), { recursive: true })
      await writeFile(paths.workshop(id, 'workshop-000001'), `{"title":"Goals of ${name}"}\n`)
    }
    await store.trash('client-d-000001')
    await writeFile(paths.templates, '{"schemaVersion":1}\n')
    await store.flush()
    return { store, paths }
  }

  it('copies nothing when nothing changed, and only the changed file when one did', async () => {
    const { store, paths } = await library()
    const first = (await createBackup(paths, day(1)))!
    expect(first).toMatchObject({ kind: 'snapshot', clientCount: 3, fileCount: 8 })
    const afterFirst = await backupFiles(dir)
    // Three client files, four workshops (one of a deleted client), the template, the trashed client.
    expect(objectsIn(afterFirst)).toHaveLength(9)

    expect(await createBackup(paths, day(2))).toBeNull()
    expect(await backupFiles(dir)).toEqual(afterFirst)

    await store.update('client-b-000001', (c) => ({ ...c, notes: 'One change' }))
    const second = (await createBackup(paths, day(3)))!
    const afterSecond = await backupFiles(dir)
    const added = [...afterSecond.keys()].filter((f) => !afterFirst.has(f))
    expect(added).toHaveLength(2)
    expect(added.filter((f) => f.startsWith('objects/'))).toHaveLength(1)
    expect(added).toContain(`${second.id}.snapshot.json.gz`)
    expect(second.addedBytes).toBe(added.reduce((n, f) => n + afterSecond.get(f)!, 0))
    expect(second.bytes).toBe(first.bytes + 'One change'.length)
  })

  it('reads an unchanged file only when its size or time moved, and notices an edit in place', async () => {
    const { paths } = await library()
    await createBackup(paths, day(1))
    const file = paths.workshop('client-a-000001', 'workshop-000001')
    // Same length, same time: an edit a size-and-time check alone could miss, so the time moves.
    await writeFile(file, `{"title":"Goals of Alphx"}\n`)
    await utimes(file, day(5), day(5))
    const made = await createBackup(paths, day(6))
    expect(made).not.toBeNull()
    expect(objectsIn(await backupFiles(dir))).toHaveLength(10)
  })

  it('never copies the lock, temp files, the index or damaged files set aside', async () => {
    const { paths } = await library()
    await writeFile(join(paths.clients, '.client-a-000001.json.abcd1234-1.0123456789ab.tmp'), 'x')
    await writeFile(join(paths.trash, '.x.json.abcd1234-1.0123456789ab.tmp'), 'x')
    await writeFile(join(paths.clients, 'client-z-000001.json.corrupt-20261123T090000Z'), 'x')
    await writeFile(paths.lock, '{}')
    const made = (await createBackup(paths, day(1)))!
    const ref = (await listBackupRefs(paths))[0]!
    expect(ref.id).toBe(made.id)
    expect(made.fileCount).toBe(8)
    expect(objectsIn(await backupFiles(dir))).toHaveLength(9)
  })

  it('restores an incremental backup and an old full backup to identical trees, trash included', async () => {
    const { store, paths } = await library()
    const original = await treeOf(dir)
    const incremental = (await createBackup(paths, day(1)))!
    // The full backup an earlier version wrote of the same documents (it held no trash).
    const documents = Object.fromEntries(
      Object.entries(original).filter(([rel]) => !rel.startsWith('trash/')),
    )
    const fullId = 'backup-20261101T080000-000Z'
    await writeFile(
      join(paths.backups, `${fullId}.json`),
      JSON.stringify({
        schemaVersion: 1,
        createdAt: day(1).toISOString(),
        contentHash: 'x',
        files: documents,
      }),
    )

    const changeEverything = async () => {
      await store.update('client-a-000001', (c) => ({ ...c, name: 'Alpha renamed' }))
      await store.create(client(`client-n-${Date.now()}`, 'New'))
      await rm(paths.workshop('client-c-000001', 'workshop-000001'))
      await rm(paths.trashed('client-d-000001'))
      await store.flush()
    }
    const documentsOf = (tree: Record<string, string>) =>
      Object.fromEntries(Object.entries(tree).filter(([rel]) => !rel.startsWith('trash/')))

    await changeEverything()
    await restoreBackup(paths, incremental.id, day(2))
    const fromIncremental = await treeOf(dir)
    expect(documentsOf(fromIncremental)).toEqual(documentsOf(original))
    // The deleted client is back in the trash, beside what the restore set aside.
    expect(fromIncremental['trash/client-d-000001.json']).toBe(
      original['trash/client-d-000001.json'],
    )

    const reopened = await LibraryStore.open(dir)
    await reopened.update('client-a-000001', (c) => ({ ...c, name: 'Alpha again' }))
    await reopened.flush()
    await restoreBackup(paths, fullId, day(3))
    const fromFull = await treeOf(dir)
    expect(documentsOf(fromFull)).toEqual(documentsOf(original))
    expect(documentsOf(fromFull)).toEqual(documentsOf(fromIncremental))
    expect(fromFull['trash/client-d-000001.json']).toBe(original['trash/client-d-000001.json'])
    // Every restore backed up the present first, so it can be undone.
    expect((await listBackups(paths)).map((b) => b.kind)).toEqual([
      'snapshot',
      'snapshot',
      'snapshot',
      'full',
    ])
  })

  it('refuses to restore a backup whose files are damaged, and changes nothing', async () => {
    const { store, paths } = await library()
    const made = (await createBackup(paths, day(1)))!
    await store.update('client-a-000001', (c) => ({ ...c, name: 'Alpha renamed' }))
    await store.flush()
    const objects = join(paths.backups, 'objects')
    for (const prefix of await readdir(objects))
      for (const name of await readdir(join(objects, prefix)))
        await writeFile(join(objects, prefix, name), 'damaged')
    const before = await treeOf(dir)
    await expect(restoreBackup(paths, made.id, day(2))).rejects.toThrow(/incomplete/)
    expect(await treeOf(dir)).toEqual(before)
  })

  it('keeps backups by count and age, and removes the files only dropped backups held', async () => {
    const { store, paths } = await library()
    for (let i = 0; i < RETENTION.keepAtMost + 4; i++) {
      await store.update('client-a-000001', (c) => ({ ...c, notes: `edit ${i}` }))
      await createBackup(paths, new Date(day(1).getTime() + i * 3_600_000))
    }
    const list = await listBackups(paths)
    expect(list).toHaveLength(RETENTION.keepAtMost)
    // One object per edit still listed, plus the eight files no edit touched.
    expect(objectsIn(await backupFiles(dir))).toHaveLength(RETENTION.keepAtMost + 8)

    const refs = await listBackupRefs(paths)
    const later = new Date(day(1).getTime() + (RETENTION.maxAgeDays + 2) * 86_400_000)
    expect(expired(refs, later)).toHaveLength(RETENTION.keepAtMost - RETENTION.keepAtLeast)
  })

  it('stops a background backup between files when asked, leaving no backup listed', async () => {
    const { paths } = await library()
    const stop = new AbortController()
    stop.abort()
    await expect(createBackupInBackground(paths, day(1), stop.signal)).rejects.toThrow()
    expect(await listBackups(paths)).toEqual([])
  })
})
