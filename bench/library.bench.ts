import { open, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { LibraryStore } from '../electron/storage/library-store'
import { generatedClients, writeClients } from '../test/support/generated-library'
import { tempDir } from '../test/support/temp-core'
import { ROUNDS, size } from './mode'
import type { Figures } from './stats'
import { median, round } from './stats'

/** Files written plainly, then opened by the store (which builds the index), as after a restart. */
const libraryWith = async (count: number) => {
  const dir = await tempDir('smartketing-bench-')
  const clients = generatedClients(count, [], count)
  await writeClients(dir, clients)
  const store = await LibraryStore.open(dir)
  const id = clients[Math.floor(count / 2)]!.id
  return { dir, store, id, base: (await store.get(id)).client }
}

/** The floor: the same bytes written to a temp file, fsynced, renamed, folder fsynced. */
const bareWrite = async (dir: string, text: string) => {
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
}

const timed = async (fn: () => Promise<unknown>) => {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

/**
 * One edit that changes the index (the client's name), paired in the same loop with the bare
 * durable write of the same bytes and with the same edit in a 10,000-client library: the three
 * take turns, so a disk that slows down slows all three. Ratios are medians of per-turn ratios.
 */
export const libraryBench = async (): Promise<Figures> => {
  const big = size(10_000, 500)
  const one = await libraryWith(1)
  const many = await libraryWith(big)
  const turns = size(150, 20)
  const perRound: { save: number; bare: number; ratioBare: number; ratioBig: number }[] = []
  for (let r = 0; r < ROUNDS; r++) {
    const save: number[] = []
    const bare: number[] = []
    const saveBig: number[] = []
    for (let i = 0; i < turns; i++) {
      const name = `Renamed ${r}-${i} ${'x'.repeat(i % 7)}`
      const steps = [
        async () => save.push(await timed(() => one.store.update(one.id, (c) => ({ ...c, name })))),
        async () => {
          const c = { ...one.base, name }
          bare.push(await timed(() => bareWrite(one.dir, JSON.stringify(c, null, 2) + '\n')))
        },
        async () =>
          saveBig.push(await timed(() => many.store.update(many.id, (c) => ({ ...c, name })))),
      ]
      for (let k = 0; k < 3; k++) await steps[(i + k) % 3]!()
    }
    perRound.push({
      save: median(save),
      bare: median(bare),
      ratioBare: median(save.map((s, i) => s / bare[i]!)),
      ratioBig: median(saveBig.map((s, i) => s / save[i]!)),
    })
  }
  // Closed, not only flushed: a large library still being read in the background writes its index
  // when done, which would race the folder's removal.
  await one.store.close()
  await many.store.close()
  await rm(one.dir, { recursive: true, force: true })
  await rm(many.dir, { recursive: true, force: true })
  const pick = (k: keyof (typeof perRound)[0]) => median(perRound.map((p) => p[k]))
  return {
    save_rename_client_median_ms: round(pick('save')),
    save_bare_durable_write_median_ms: round(pick('bare')),
    save_rename_vs_bare_write_ratio: round(pick('ratioBare'), 2),
    [`save_rename_${big}_vs_1_clients_ratio`]: round(pick('ratioBig'), 2),
  }
}
