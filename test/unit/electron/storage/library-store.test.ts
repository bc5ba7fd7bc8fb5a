import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ClientFile } from '../../../../shared/library/client'
import { createBackup, listBackups } from '../../../../electron/storage/backups'
import { libraryPaths } from '../../../../electron/storage/library-paths'
import { LibraryStore } from '../../../../electron/storage/library-store'
import { snapshotFolder, tempDir } from '../../../support/temp-core'

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
  members: [
    {
      id: `${id.slice(0, -4)}m001`,
      name: 'Ana',
      department: 'sales',
      role: '',
      email: '',
      phone: '',
    },
  ],
})
const ids = { good: 'client-good-0001', bad: 'client-bad-00001' }

describe('LibraryStore', () => {
  let dir: string
  beforeEach(async () => {
    dir = await tempDir()
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  const seed = async () => {
    const store = await LibraryStore.open(dir)
    await store.create(client(ids.good, 'Good Company'))
    await store.create(client(ids.bad, 'Damaged Company'))
    await store.flush()
    return store
  }

  const damage: Record<string, (text: string) => string> = {
    empty: () => '',
    'NUL-filled': (t) => '\u0000'.repeat(t.length),
    truncated: (t) => t.slice(0, Math.floor(t.length / 3)),
    'wrong schema': (t) => JSON.stringify({ ...JSON.parse(t), members: [{ name: 42 }] }),
  }

  for (const [kind, corrupt] of Object.entries(damage)) {
    it(`moves a ${kind} client file aside, names the client, keeps backups, and loads the rest`, async () => {
      await seed()
      const paths = libraryPaths(dir)
      await createBackup(paths, new Date('2026-11-20T08:00:00Z'))
      const backupsBefore = await snapshotFolder(paths.backups)
      const original = await readFile(paths.client(ids.bad), 'utf8')
      const damaged = corrupt(original)
      await writeFile(paths.client(ids.bad), damaged)

      const store = await LibraryStore.open(dir)
      expect(store.list().map((c) => c.name)).toEqual(['Good Company'])
      const [problem] = store.health().problems
      expect(problem).toMatchObject({
        kind: 'corrupt',
        clientId: ids.bad,
        clientName: 'Damaged Company',
      })
      expect(problem?.message).toContain('Damaged Company')
      expect(await readFile(problem!.movedTo!, 'utf8')).toBe(damaged)
      expect((await readdir(paths.clients)).filter((f) => f.startsWith(ids.bad))).toEqual([
        expect.stringMatching(new RegExp(`^${ids.bad}\\.json\\.corrupt-`)),
      ])
      await createBackup(paths, new Date('2026-11-21T08:00:00Z'))
      const backupsAfter = await snapshotFolder(paths.backups)
      for (const [file, hash] of Object.entries(backupsBefore))
        expect(backupsAfter[file]).toBe(hash)
      expect((await listBackups(paths)).length).toBe(2)
    })
  }

  it('opens a newer-version file read-only, leaves it untouched, and refuses edits to it', async () => {
    await seed()
    const paths = libraryPaths(dir)
    const newer = JSON.stringify({
      ...client(ids.bad, 'Future Company'),
      schemaVersion: 7,
      extra: { x: 1 },
    })
    await writeFile(paths.client(ids.bad), newer)

    const store = await LibraryStore.open(dir)
    expect(store.list().find((c) => c.id === ids.bad)).toMatchObject({
      name: 'Future Company',
      readOnly: true,
    })
    expect(store.health().problems).toEqual([
      expect.objectContaining({
        kind: 'newer-version',
        clientName: 'Future Company',
        movedTo: null,
      }),
    ])
    expect(await store.get(ids.bad)).toMatchObject({
      readOnly: true,
      client: { name: 'Future Company' },
    })
    await expect(store.update(ids.bad, (c) => ({ ...c, name: 'Changed' }))).rejects.toMatchObject({
      code: 'READ_ONLY',
    })
    await expect(store.trash(ids.bad)).rejects.toMatchObject({ code: 'READ_ONLY' })
    expect(await readFile(paths.client(ids.bad), 'utf8')).toBe(newer)
  })

  it('rewrites only the edited client’s own file for a member edit', async () => {
    const store = await seed()
    const paths = libraryPaths(dir)
    const before = await snapshotFolder(dir)
    await store.update(ids.good, (c) => ({
      ...c,
      members: c.members.map((m) => ({ ...m, role: 'Lead' })),
    }))
    await store.flush()
    const after = await snapshotFolder(dir)
    const changed = Object.keys(after).filter((f) => after[f] !== before[f])
    expect(changed).toEqual([join('clients', `${ids.good}.json`)])
    expect(JSON.parse(await readFile(paths.client(ids.good), 'utf8')).members[0].role).toBe('Lead')
  })

  it('counts every save in revision, and writes nothing for an edit that changes nothing', async () => {
    const store = await seed()
    const paths = libraryPaths(dir)
    const edited = await store.update(ids.good, (c) => ({ ...c, notes: 'First' }))
    expect(edited.revision).toBe(1)
    expect((await store.update(ids.good, (c) => ({ ...c, notes: 'Second' }))).revision).toBe(2)
    await store.flush()
    const before = await snapshotFolder(dir)
    expect((await store.update(ids.good, (c) => c)).revision).toBe(2)
    await store.flush()
    expect(await snapshotFolder(dir)).toEqual(before)
    expect(JSON.parse(await readFile(paths.client(ids.good), 'utf8'))).toMatchObject({
      schemaVersion: 2,
      revision: 2,
      notes: 'Second',
    })
  })

  it('rebuilds a damaged index from the client files and says so', async () => {
    await seed()
    await writeFile(libraryPaths(dir).index, '{"schemaVersion":1,"entr')
    const store = await LibraryStore.open(dir)
    expect(
      store
        .list()
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Damaged Company', 'Good Company'])
    expect(store.health().problems.map((p) => p.kind)).toEqual(['index-rebuilt'])
  })

  it('notices files changed behind its back even when the index looks current', async () => {
    await seed()
    const paths = libraryPaths(dir)
    const renamed = {
      ...client(ids.good, 'Renamed Elsewhere'),
      updatedAt: '2026-11-24T09:00:00.000Z',
    }
    await writeFile(paths.client(ids.good), JSON.stringify(renamed, null, 2) + '\n\n')
    const store = await LibraryStore.open(dir)
    expect(store.list().find((c) => c.id === ids.good)?.name).toBe('Renamed Elsewhere')
  })

  it('moves a deleted client to trash and brings it back on undo', async () => {
    const store = await seed()
    const paths = libraryPaths(dir)
    await store.trash(ids.good)
    expect(store.list().map((c) => c.id)).toEqual([ids.bad])
    expect(await readdir(paths.trash)).toEqual([`${ids.good}.json`])
    await store.untrash(ids.good)
    expect(
      store
        .list()
        .map((c) => c.id)
        .sort(),
    ).toEqual([ids.bad, ids.good].sort())
    await store.flush()
    const reopened = await LibraryStore.open(dir)
    expect(reopened.list()).toHaveLength(2)
  })
})
