import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LibraryStore, READ_IN_BACKGROUND_ABOVE } from '../../../../electron/storage/library-store'
import { generatedClients, writeClients } from '../../../support/generated-library'
import { tempDir } from '../../../support/temp-core'

const until = async (check: () => boolean, ms = 60_000) => {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 20))
  }
}

describe('a library whose index is missing', () => {
  let dir: string
  beforeEach(async () => {
    dir = await tempDir()
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  const count = READ_IN_BACKGROUND_ABOVE + 300

  it('opens at once and reads its client files in the background, then writes the index', async () => {
    const clients = generatedClients(count, ['Żółta Łódź'])
    await writeClients(dir, clients)
    let told = 0
    const store = await LibraryStore.open(dir, { onClientsRead: () => told++ })
    expect(store.health().reading).toMatchObject({ total: count })
    expect(store.list().length).toBeLessThan(count)

    // A client edited while the files are read keeps its edit, whatever the read finds later.
    const edited = clients[count - 1]!.id
    await store.update(edited, (c) => ({ ...c, name: 'Edited while reading' }))

    await until(() => store.health().reading === undefined)
    expect(told).toBeGreaterThan(0)
    expect(store.list()).toHaveLength(count)
    expect(store.list().find((c) => c.id === edited)!.name).toBe('Edited while reading')
    await store.close()
    const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'))
    expect(index.entries).toHaveLength(count)

    // The next start opens from the index: nothing left to read.
    const again = await LibraryStore.open(dir)
    expect(again.health().reading).toBeUndefined()
    expect(again.list()).toHaveLength(count)
    expect(again.list().some((c) => c.name === 'Żółta Łódź')).toBe(true)
    await again.close()
  })

  it('stops reading when closed, and a small library is still read before it opens', async () => {
    await writeClients(dir, generatedClients(count))
    const store = await LibraryStore.open(dir)
    await store.close()
    // Closed before the read finished: no index claims to know a library it never finished reading.
    expect(await readFile(join(dir, 'index.json'), 'utf8').catch(() => null)).toBeNull()
    const small = await tempDir()
    await writeClients(small, generatedClients(20))
    const opened = await LibraryStore.open(small)
    expect(opened.health().reading).toBeUndefined()
    expect(opened.list()).toHaveLength(20)
    await opened.close()
    await rm(small, { recursive: true, force: true })
  })
})
