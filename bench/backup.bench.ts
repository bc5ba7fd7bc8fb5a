import { mkdir, rm, writeFile } from 'node:fs/promises'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { createBackupInBackground } from '../electron/storage/backups'
import { libraryPaths } from '../electron/storage/library-paths'
import { generatedClients, writeClients } from '../test/support/generated-library'
import { tempDir } from '../test/support/temp-core'
import { ROUNDS, size } from './mode'
import type { Figures } from './stats'
import { median, round } from './stats'

/** A finished workshop's file: varied text of about the size real ones reach (12–16 KB). */
const workshopText = (clientId: string, n: number, edit = 0) =>
  JSON.stringify({
    schemaVersion: 1,
    id: `workshop-${n}`,
    clientId,
    edit,
    activities: Array.from({ length: 40 + (n % 20) }, (_, i) => ({
      id: `activity-${n}-${i}`,
      text: `Share the reasons for lost deal ${i * 7 + n} with marketing before the Friday review`,
      kind: ['continue', 'stop', 'improve'][(i + n) % 3],
    })),
  })

/** How long the backup's thread (the main process's, in the app) went without turning. */
const longestStall = async <T>(work: () => Promise<T>) => {
  const delay = monitorEventLoopDelay({ resolution: 5 })
  delay.enable()
  const result = await work()
  delay.disable()
  return { result, stallMs: delay.max / 1e6 }
}

/**
 * The start-up backup of a library of 1,000 clients and 5,000 workshops: time, bytes written and
 * the longest stall of the thread it runs on, when nothing changed and when one file did.
 */
export const backupBench = async (): Promise<Figures> => {
  const [clientCount, perClient] = size([1_000, 5], [100, 5])
  const dir = await tempDir('smartketing-bench-backup-')
  const paths = libraryPaths(dir)
  const clients = generatedClients(clientCount, [], 3)
  await writeClients(dir, clients)
  for (const c of clients) {
    await mkdir(paths.workshops(c.id), { recursive: true })
    await Promise.all(
      Array.from({ length: perClient }, (_, n) =>
        writeFile(paths.workshop(c.id, `workshop-${n}`), workshopText(c.id, n)),
      ),
    )
  }
  const never = new AbortController().signal
  let t = Date.UTC(2026, 10, 1)
  const backUp = () => createBackupInBackground(paths, new Date((t += 60_000)), never)
  const first = await longestStall(backUp)
  const unchanged: { ms: number; bytes: number; stall: number }[] = []
  const oneChanged: { ms: number; bytes: number; stall: number }[] = []
  for (let r = 0; r < Math.max(3, ROUNDS); r++) {
    let start = performance.now()
    const same = await longestStall(backUp)
    unchanged.push({
      ms: performance.now() - start,
      bytes: same.result.written,
      stall: same.stallMs,
    })
    const c = clients[(r * 37) % clients.length]!
    await writeFile(paths.workshop(c.id, 'workshop-0'), workshopText(c.id, 0, r + 1))
    start = performance.now()
    const one = await longestStall(backUp)
    oneChanged.push({
      ms: performance.now() - start,
      bytes: one.result.written,
      stall: one.stallMs,
    })
  }
  await rm(dir, { recursive: true, force: true })
  const tag = `${clientCount}_clients_${clientCount * perClient}_workshops`
  const m = (xs: typeof unchanged, k: 'ms' | 'bytes' | 'stall') => median(xs.map((x) => x[k]))
  return {
    [`backup_${tag}_first_written_mb`]: round(first.result.written / 1e6, 1),
    [`backup_${tag}_unchanged_ms`]: round(m(unchanged, 'ms'), 0),
    [`backup_${tag}_unchanged_written_kb`]: round(m(unchanged, 'bytes') / 1024, 1),
    [`backup_${tag}_unchanged_longest_stall_ms`]: round(m(unchanged, 'stall'), 1),
    [`backup_${tag}_one_changed_ms`]: round(m(oneChanged, 'ms'), 0),
    [`backup_${tag}_one_changed_written_kb`]: round(m(oneChanged, 'bytes') / 1024, 1),
    [`backup_${tag}_one_changed_longest_stall_ms`]: round(m(oneChanged, 'stall'), 1),
  }
}
