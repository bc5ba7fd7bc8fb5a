import { execFileSync } from 'node:child_process'
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ClientFile } from '../../../../shared/library/client'
import { libraryPaths } from '../../../../electron/storage/library-paths'
import { LibraryStore } from '../../../../electron/storage/library-store'
import { lockText, newLockRecord } from '../../../../electron/storage/lock-file'
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
  members: [],
})
const text = (c: ClientFile) => JSON.stringify(c, null, 2) + '\n'

describe('opening a library with files that cannot be read', () => {
  let dir: string
  const stores: LibraryStore[] = []
  const open = async (d = dir) => {
    const store = await LibraryStore.open(d)
    stores.push(store)
    return store
  }
  beforeEach(async () => {
    dir = await tempDir()
  })
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()))
    await rm(dir, { recursive: true, force: true })
  })

  it('accepts a client file that starts with a UTF-8 byte-order mark', async () => {
    const paths = libraryPaths(dir)
    await mkdir(paths.clients, { recursive: true })
    await writeFile(
      paths.client('client-bom-0001'),
      '\uFEFF' + text(client('client-bom-0001', 'Überall GmbH')),
    )
    const store = await open()
    expect(store.list().map((c) => c.name)).toEqual(['Überall GmbH'])
    expect(store.health().problems).toEqual([])
    expect((await store.get('client-bom-0001')).client.name).toBe('Überall GmbH')
  })

  it('skips and reports a folder in place of index.json and of a client file, and leaves both', async () => {
    const paths = libraryPaths(dir)
    await mkdir(paths.clients, { recursive: true })
    await writeFile(paths.client('client-good-001'), text(client('client-good-001', 'Good Co')))
    await mkdir(paths.index)
    await mkdir(paths.client('client-folder-01'))
    const store = await open()
    expect(store.list().map((c) => c.name)).toEqual(['Good Co'])
    const problems = store.health().problems
    expect(problems.map((p) => [p.kind, p.file])).toEqual([
      ['unreadable', 'clients/client-folder-01.json'],
      ['index-rebuilt', 'index.json'],
    ])
    expect(problems[0]!.message).toMatch(/a folder is where the file should be \(EISDIR\)/)
    expect(problems[0]!.message).toMatch(/left as it is/)
    expect(problems[1]!.message).toMatch(
      /index could not be read \(a folder is where the file should be/,
    )
    expect((await readdir(paths.clients)).sort()).toEqual([
      'client-folder-01.json',
      'client-good-001.json',
    ])
    // Saves still work; the index that cannot be written costs a slower start, never an edit.
    await store.update('client-good-001', (c) => ({ ...c, notes: 'saved' }))
    await store.flush()
    expect(JSON.parse(await readFile(paths.client('client-good-001'), 'utf8')).notes).toBe('saved')
  })

  it('reports a client file that is a link to itself, and one that is a pipe, without hanging', async () => {
    const paths = libraryPaths(dir)
    await mkdir(paths.clients, { recursive: true })
    await symlink(paths.client('client-loop-001'), paths.client('client-loop-001'))
    execFileSync('mkfifo', [paths.client('client-pipe-001')])
    const store = await open()
    expect(store.health().problems).toEqual([
      expect.objectContaining({ kind: 'unreadable', clientId: 'client-loop-001', movedTo: null }),
      expect.objectContaining({ kind: 'unreadable', clientId: 'client-pipe-001', movedTo: null }),
    ])
    expect(store.health().problems[0]!.message).toMatch(/ELOOP/)
    expect(store.health().problems[1]!.message).toMatch(/device or pipe/)
  })

  it('answers a read of an unreadable client with a read error, not a write error', async () => {
    const store = await open()
    await store.create(client('client-gone-0001', 'Soon A Folder'))
    await store.flush()
    const paths = libraryPaths(dir)
    await rm(paths.client('client-gone-0001'))
    await mkdir(paths.client('client-gone-0001'))
    await expect(store.get('client-gone-0001')).rejects.toMatchObject({
      code: 'IO',
      message: expect.stringMatching(/could not be read: a folder is where the file should be/),
    })
    await expect(
      store.update('client-gone-0001', (c) => ({ ...c, notes: 'x' })),
    ).rejects.toMatchObject({ code: 'IO' })
  })

  it('opens read-only while another process holds it: moves nothing, writes nothing', async () => {
    const paths = libraryPaths(dir)
    await mkdir(paths.clients, { recursive: true })
    await writeFile(paths.client('client-good-001'), text(client('client-good-001', 'Good Co')))
    await writeFile(paths.client('client-bad-0001'), '{"schemaVersion": 2, "na')
    await writeFile(
      paths.lock,
      lockText({ ...newLockRecord('2.0.0', Date.now()), host: 'other-pc' }),
    )
    const before = await snapshotFolder(dir)
    const store = await open()
    expect(store.list().map((c) => c.name)).toEqual(['Good Co'])
    const health = store.health()
    expect(health.readOnly).toBe(true)
    expect(health.problems.map((p) => p.kind)).toEqual(['read-only', 'corrupt'])
    expect(health.problems[0]!.message).toMatch(
      /open in Smartketing Workshop 2\.0\.0 on the computer “other-pc”/,
    )
    expect(health.problems[1]!.movedTo).toBeNull()
    await expect(
      store.update('client-good-001', (c) => ({ ...c, notes: 'x' })),
    ).rejects.toMatchObject({
      code: 'READ_ONLY',
    })
    await expect(store.create(client('client-new-0001', 'New'))).rejects.toMatchObject({
      code: 'READ_ONLY',
    })
    await expect(store.trash('client-good-001')).rejects.toMatchObject({ code: 'READ_ONLY' })
    await store.flush()
    expect(await snapshotFolder(dir)).toEqual(before)
  })
})
