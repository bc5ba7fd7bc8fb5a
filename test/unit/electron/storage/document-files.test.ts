import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ClientFile } from '../../../../shared/library/client'
import { libraryPaths } from '../../../../electron/storage/library-paths'
import { LibraryStore } from '../../../../electron/storage/library-store'
import { tempDir } from '../../../support/temp-core'

const at = '2026-11-23T09:00:00.000Z'
const client: ClientFile = {
  schemaVersion: 2,
  id: 'client-sync-0001',
  name: 'Synced AG',
  industry: '',
  notes: '',
  archived: false,
  createdAt: at,
  updatedAt: at,
  revision: 0,
  members: [],
}

/** What a synced folder (or another process) does: the file changes between a read and a write. */
const changeOnDisk = (path: string, notes: string) => {
  const onDisk = JSON.parse(readFileSync(path, 'utf8')) as ClientFile
  writeFileSync(path, JSON.stringify({ ...onDisk, notes, revision: onDisk.revision + 1 }))
}

describe('a save over a document that changed on disk', () => {
  let dir: string
  let store: LibraryStore
  beforeEach(async () => {
    dir = await tempDir()
    store = await LibraryStore.open(dir)
    await store.create(client)
  })
  afterEach(async () => {
    await store.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('is refused with a conflict, and the other change stays on disk', async () => {
    const path = libraryPaths(dir).client(client.id)
    const refused = store.update(client.id, (c) => {
      changeOnDisk(path, 'from the other laptop')
      return { ...c, notes: 'from here' }
    })
    await expect(refused).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/changed elsewhere.*nothing was saved/),
    })
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({
      notes: 'from the other laptop',
      revision: 1,
    })
    // The next edit starts from what is on disk now, and lands.
    const saved = await store.update(client.id, (c) => ({ ...c, notes: `${c.notes} + here` }))
    expect(saved).toMatchObject({ notes: 'from the other laptop + here', revision: 2 })
  })

  it('refuses a new document whose file appeared meanwhile', async () => {
    const path = libraryPaths(dir).client('client-twin-0001')
    writeFileSync(path, JSON.stringify({ ...client, id: 'client-twin-0001', name: 'Other' }))
    await expect(store.create({ ...client, id: 'client-twin-0001' })).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    expect(JSON.parse(await readFile(path, 'utf8')).name).toBe('Other')
  })

  // A save keeps the file's stat so the next read of an unchanged file costs one stat; a file
  // changed from outside since (in place or replaced, even to the same length) is read afresh.
  it('reads a file changed from outside after this process saved it', async () => {
    const path = libraryPaths(dir).client(client.id)
    await store.update(client.id, (c) => ({ ...c, notes: 'mine' }))
    expect((await store.get(client.id)).client.notes).toBe('mine')
    changeOnDisk(path, 'theirs, longer')
    expect((await store.get(client.id)).client.notes).toBe('theirs, longer')

    await store.update(client.id, (c) => ({ ...c, notes: 'mine' }))
    const text = readFileSync(path, 'utf8')
    writeFileSync(`${path}.other`, text.replace('"mine"', '"ours"'))
    renameSync(`${path}.other`, path)
    const read = await store.get(client.id)
    expect(read.client.notes).toBe('ours')
    const saved = await store.update(client.id, (c) => ({ ...c, notes: `${c.notes} + mine` }))
    expect(saved.notes).toBe('ours + mine')
  })
})
