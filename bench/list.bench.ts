import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { generatedClients, writeClients } from '../test/support/generated-library'
import { startHost } from '../test/support/host-process'
import { ROUNDS, size } from './mode'
import { KEY_TO_PAINT_SCRIPT, pageInProfile, takeKeyTimes, typeLikeAPerson } from './page-timing'
import type { Figures } from './stats'
import { median, quantile, round } from './stats'

/** In the page from its first script on: the time from navigation start to the first row's frame. */
const LIST_PAINT_SCRIPT = () => {
  const w = window as unknown as { __listPainted: Promise<number> }
  w.__listPainted = new Promise((resolve) => {
    const seen = () => {
      if (!document.querySelector('.client-row')) return false
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => resolve(performance.now())
        channel.port2.postMessage(null)
      })
      return true
    }
    const watch = new MutationObserver(() => seen() && watch.disconnect())
    document.addEventListener('DOMContentLoaded', () => {
      if (!seen()) watch.observe(document.body, { childList: true, subtree: true })
    })
  })
}
const listPaintedAt = (page: Page) =>
  page.evaluate(() => (window as unknown as { __listPainted: Promise<number> }).__listPainted)

/** What people search for: parts of names, industries, suffixes; different every time. */
const QUERIES = ['nordhaven', 'dairy', 'lumen gate', 'kft', 'solwerk 12', 'atlas', 'ventol']

/** The host's peak resident memory so far, from the kernel (Linux). */
const peakMb = async (pid: number) => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN)
  return kb / 1024
}

/** This moment on the wall clock, in milliseconds, as the page's `timeOrigin` counts it too. */
const wallNow = () => performance.timeOrigin + performance.now()

/**
 * Host started from nothing → the frame that first shows a client row: what a person waits for at
 * a start. It ends at the page's own paint of that frame, as the reload figure does, not when
 * Playwright's polling next looks (30–80 ms later); both clocks count from the same wall clock.
 */
const launch = async (folder: string, profile: string, port?: number) => {
  const { context, page } = await pageInProfile(profile)
  await page.addInitScript(LIST_PAINT_SCRIPT)
  await page.addInitScript(KEY_TO_PAINT_SCRIPT)
  const launched = wallNow()
  const host = await startHost(folder, LIST_ENV, { startMs: 120_000, port })
  await page.goto(host.url)
  await page.locator('.client-row').first().waitFor({ timeout: 120_000 })
  const paintedAt =
    (await page.evaluate(() => performance.timeOrigin)) + (await listPaintedAt(page))
  return { context, page, host, ms: paintedAt - launched }
}
const LIST_ENV = { SMARTKETING_BACKUP_DELAY_MS: '600000' }

/**
 * A library of `count` generated clients, served by the real loopback host, each page in its own
 * browser:
 * - first launch → list visible: the host started from nothing (the index built by an earlier
 *   start), a browser with an empty profile, as on the day the app is installed;
 * - launch → list visible: a later start, the one people make every day: the host started again
 *   on the same address, a new browser on the first one's profile (its caches, as the app keeps
 *   its own between starts); the median of several;
 * - reload → list painted, and search key → next paint.
 */
const measureLibrary = async (count: number, withSearch: boolean): Promise<Figures> => {
  const folder = await mkdtemp(join(tmpdir(), 'smartketing-bench-list-'))
  const profile = join(folder, 'browser-profile')
  await writeClients(join(folder, 'library'), generatedClients(count, [], count))
  // The first start builds the index from the files; the launches measured are later ones.
  await (await startHost(folder, LIST_ENV, { startMs: 120_000 })).stop()
  const first = await launch(folder, profile)
  // Reloads are the page's second and later loads: the browser keeps their compiled scripts.
  const reloads: number[] = []
  for (let i = 0; i < Math.max(3, ROUNDS); i++) {
    await first.page.reload()
    reloads.push(await listPaintedAt(first.page))
  }
  const firstMemory = await peakMb(first.host.child.pid!)
  await first.context.close()
  await first.host.stop()
  // Later starts, several: each a new host and a new browser on the kept profile. The last one
  // stays open for the search.
  const port = Number(new URL(first.host.url).port)
  const launches: number[] = []
  let later = await launch(folder, profile, port)
  for (let i = 1; i < ROUNDS; i++) {
    launches.push(later.ms)
    await later.context.close()
    await later.host.stop()
    later = await launch(folder, profile, port)
  }
  launches.push(later.ms)
  const { page, host } = later
  const keys: number[] = []
  if (withSearch) {
    const search = page.getByRole('searchbox', { name: 'Search clients' })
    for (const query of QUERIES.slice(0, size(QUERIES.length, 2))) {
      await search.fill('')
      await search.focus()
      await takeKeyTimes(page)
      await typeLikeAPerson(page, query)
      await page.waitForTimeout(100)
      keys.push(...(await takeKeyTimes(page)))
    }
  }
  const memory = Math.max(firstMemory, await peakMb(host.child.pid!))
  await later.context.close()
  await host.stop()
  await rm(folder, { recursive: true, force: true })
  const tag = `${count}_clients`
  return {
    [`library_${tag}_first_launch_to_list_visible_ms`]: round(first.ms, 0),
    [`library_${tag}_launch_to_list_visible_ms`]: round(median(launches), 0),
    [`library_${tag}_reload_to_list_painted_ms`]: round(median(reloads), 0),
    ...(withSearch && {
      [`library_${tag}_search_key_to_paint_median_ms`]: round(median(keys), 1),
      [`library_${tag}_search_key_to_paint_p95_ms`]: round(quantile(keys, 0.95), 1),
    }),
    [`library_${tag}_host_peak_mb`]: round(memory, 0),
  }
}

/** The growth table: the same figures at 1, 100, 1,000 and 10,000 clients. */
export const listBench = async (): Promise<Figures> => {
  const figures: Figures = {}
  for (const count of size([1, 100, 1_000, 10_000], [100]))
    Object.assign(figures, await measureLibrary(count, count >= 100))
  return figures
}
