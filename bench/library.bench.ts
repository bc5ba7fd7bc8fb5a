import { open, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { ClientFile } from '../shared/library/client'
import { LibraryStore } from '../electron/storage/library-store'
import { tempDir } from '../test/support/temp-core'
import type { Figures } from './stats'
import { median, quantile, round, timeRuns } from './stats'

const RUNS = 200

const makeClient = (i: number): ClientFile => ({
  schemaVersion: 2,
  id: `bench-client-${String(i).padStart(6, '0')}`,
  name: `Client ${i}`,
  industry: 'Benchmarks',
  notes: '',
  archived: false,
  createdAt: '2026-11-23T09:00:00.000Z',
  updatedAt: '2026-11-23T09:00:00.000Z',
  revision: 0,
  members: Array.from({ length: 12 }, (_, m) => ({
    id: `bench-member-${String(i).padStart(6, '0')}-${m}`,
    name: `Member ${m}`,
    department: m % 2 ? 'sales' : 'marketing',
    role: 'Account executive',
    email: `m${m}@example.com`,
    phone: '',
  })),
})

const libraryWith = async (count: number) => {
  const dir = await tempDir('smartketing-bench-')
  const store = await LibraryStore.open(dir)
  for (let i = 0; i < count; i++) await store.create(makeClient(i))
  await store.flush()
  return { dir, store }
}

/** One member edit, the way the members:update handler makes it. */
const memberEditTimes = async (store: LibraryStore, id: string) =>
  timeRuns(RUNS, async (i) => {
    await store.update(id, (c) => ({
      ...c,
      members: c.members.map((m, k) => (k === 0 ? { ...m, role: `Role ${i}` } : m)),
    }))
  })

/** The floor: the same bytes written to a temp file, fsynced, renamed, folder fsynced. */
const bareWriteTimes = async (dir: string, text: string) =>
  timeRuns(RUNS, async () => {
    const target = join(dir, 'bare.json')
    const temp = join(dir, '.bare.json.tmp')
    const file = await open(temp, 'w')
    await file.writeFile(text)
    await file.sync()
    await file.close()
    await rename(temp, target)
    const folder = await open(dir, 'r')
    await folder.sync()
    await folder.close()
  })

export const libraryBench = async (): Promise<Figures> => {
  const one = await libraryWith(1)
  const many = await libraryWith(1000)
  const target = makeClient(500).id
  const save1 = await memberEditTimes(one.store, makeClient(0).id)
  const save1000 = await memberEditTimes(many.store, target)
  const bare = await bareWriteTimes(one.dir, JSON.stringify(makeClient(0), null, 2) + '\n')
  await many.store.flush()
  const openTimes = await timeRuns(5, async () => void (await LibraryStore.open(many.dir)))
  await rm(one.dir, { recursive: true, force: true })
  await rm(many.dir, { recursive: true, force: true })
  return {
    save_1_client_median_ms: round(median(save1)),
    save_1_client_p95_ms: round(quantile(save1, 0.95)),
    save_1000_clients_median_ms: round(median(save1000)),
    save_1000_clients_p95_ms: round(quantile(save1000, 0.95)),
    save_ratio_1000_vs_1: round(median(save1000) / median(save1)),
    bare_write_fsync_rename_median_ms: round(median(bare)),
    save_ratio_vs_bare_write: round(median(save1000) / median(bare)),
    open_1000_client_library_ms: round(median(openTimes)),
  }
}
