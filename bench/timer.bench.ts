import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { startHttpHost } from '../electron/host/http-host'
import type { WorkshopView } from '../shared/api/contract'
import { phaseRemainingMs } from '../shared/workshop/timer'
import { startTempCore } from '../test/support/temp-core'
import { callHost } from './host-client'
import { size } from './mode'
import { pageInOwnBrowser } from './page-timing'
import type { Figures } from './stats'
import { median, quantile, round } from './stats'

const MIN = 60_000

/**
 * In the page from its first script on: the page's wall clock can be moved (`__wallOffset`), and
 * every change of the console's clock digits is logged with the real wall time of the frame that
 * showed it (a rAF, then a message posted from it, which runs once that frame is painted).
 */
const FLIP_LOG_SCRIPT = () => {
  const w = window as unknown as {
    __wallOffset: number
    __flips: { text: string; at: number }[]
    __watchClock: () => void
  }
  const realNow = Date.now.bind(Date)
  w.__wallOffset = 0
  Date.now = () => realNow() + w.__wallOffset
  w.__flips = []
  w.__watchClock = () => {
    const digits = document.querySelector('.clock-console .clock-digits')!
    new MutationObserver(() => {
      const text = digits.textContent ?? ''
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => w.__flips.push({ text, at: realNow() })
        channel.port2.postMessage(null)
      })
    }).observe(digits, { subtree: true, childList: true, characterData: true })
  }
}

type Flip = { text: string; at: number }
const takeFlips = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __flips: Flip[] }
    const out = w.__flips
    w.__flips = []
    return out
  })

/** "14:59" → 899 s left; "+00:03" (overrun) → −3. */
const shownSeconds = (text: string) => {
  const [mm, ss] = text.replace('+', '').split(':').map(Number)
  const s = mm! * 60 + ss!
  return text.startsWith('+') ? -s : s
}
/** What the digits should say at session time `at`, in the same units (see formatClock). */
const idealSeconds = (remainingMs: number) =>
  remainingMs >= 0 ? Math.ceil(remainingMs / 1000) : -Math.floor(-remainingMs / 1000)

/**
 * The console's clock in Chromium against the real clock: each on-screen flip of the digits is
 * timed (to its painted frame) against the moment the second truly turned, over a real run of
 * 60 s (3 s in quick mode). Then the wall clock is moved under the running session, in the main
 * process and in the page at once: back 10 minutes (nothing may change on screen), then forward an
 * hour (counted as time that passed, like a laptop's sleep, by design).
 */
export const timerBench = async (): Promise<Figures> => {
  const wall = { offset: 0 }
  const env = await startTempCore({
    now: () => new Date(Date.now() + wall.offset),
    monotonicNow: () => performance.now(),
  })
  const staticDir = join(process.cwd(), 'out', 'renderer')
  const host = await startHttpHost({ core: env.core, handlers: env.handlers, staticDir })
  const client = (await callHost(host, 'clients:create', { name: 'Clock GmbH' })) as { id: string }
  const member = (await callHost(host, 'members:add', {
    clientId: client.id,
    member: { name: 'Ana', department: 'sales' },
  })) as { id: string }
  const ids = { clientId: client.id }
  const workshop = (await callHost(host, 'workshops:create', {
    ...ids,
    title: 'Clock',
    scope: 'sales',
    participantIds: [member.id],
    managerId: null,
    plan: [{ name: 'Activities', prompt: 'Go', minutes: 15 }],
  })) as { id: string }
  const { browser, page } = await pageInOwnBrowser()
  await page.addInitScript(FLIP_LOG_SCRIPT)
  await page.goto(`${host.url}/#token=${host.token}`)
  await page.evaluate(
    (r) => (window.location.hash = r),
    `#/clients/${client.id}/workshops/${workshop.id}`,
  )
  const controls = page.getByRole('group', { name: 'Session controls' })
  await controls.getByRole('button', { name: 'Start' }).waitFor({ timeout: 120_000 })
  await page.evaluate(() => (window as unknown as { __watchClock: () => void }).__watchClock())
  await controls.getByRole('button', { name: 'Start' }).click()
  await controls.getByRole('button', { name: 'Pause' }).waitFor()

  // Session time ↔ real time, taken once before any fault: the session clock runs on a monotonic
  // clock from then on, so the ideal second boundaries stay where they were.
  const sent = Date.now()
  const { now: sessionAtAsk } = (await callHost(host, 'session:clock', {})) as { now: number }
  const received = Date.now()
  const sessionOf = (realMs: number) => realMs - ((sent + received) / 2 - sessionAtAsk)
  // The stored timer, once the start has reached the file.
  const runningTimer = async () => {
    for (;;) {
      const view = (await callHost(host, 'workshops:get', {
        ...ids,
        workshopId: workshop.id,
      })) as WorkshopView
      if (view.workshop.timer.runningSince !== null) return view.workshop.timer
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  const timer = await runningTimer()
  /**
   * Each flip: how late it was painted after its second truly turned (ms; negative: early), what
   * it showed, and what it should show at that moment (both in seconds, see `shownSeconds`).
   */
  const lateness = (flips: Flip[]) =>
    flips.map((f) => {
      const shown = shownSeconds(f.text)
      // The moment the remaining time turned to what is shown: its ideal boundary.
      const boundary =
        timer.runningSince! + phaseRemainingMs(timer, timer.runningSince!) - shown * 1000
      return {
        late: sessionOf(f.at) - boundary,
        shown,
        ideal: idealSeconds(phaseRemainingMs(timer, sessionOf(f.at))),
      }
    })
  const waitForFlips = async (n: number) => {
    const flips: Flip[] = []
    while (flips.length < n) {
      await page.waitForTimeout(250)
      flips.push(...(await takeFlips(page)))
    }
    return flips
  }

  await takeFlips(page)
  const seconds = size(60, 3)
  const run = lateness(await waitForFlips(seconds))
  const lates = run.map((f) => Math.abs(f.late))
  let missed = 0
  let doubled = 0
  for (let i = 1; i < run.length; i++) {
    const drop = run[i - 1]!.shown - run[i]!.shown
    if (drop > 1) missed += drop - 1
    if (drop < 1) doubled++
  }

  const shift = async (ms: number) => {
    wall.offset += ms
    await page.evaluate(
      (d) => ((window as unknown as { __wallOffset: number }).__wallOffset += d),
      ms,
    )
    await takeFlips(page)
    // The flips of the next two seconds: by then the page has seen the jump, asked the main
    // process and shown its answer; the last one says what the clock shows for good.
    const after = lateness(await waitForFlips(3))
    return after.at(-1)!.shown - after.at(-1)!.ideal
  }
  const back = await shift(-10 * MIN)
  const forward = await shift(60 * MIN)
  await browser.close()
  await host.close()
  await env.cleanup()
  return {
    [`timer_${seconds}s_flip_late_median_ms`]: round(median(run.map((f) => f.late)), 1),
    [`timer_${seconds}s_flip_late_p95_ms`]: round(quantile(lates, 0.95), 1),
    [`timer_${seconds}s_flip_late_max_ms`]: round(Math.max(...lates), 1),
    [`timer_${seconds}s_flips_missed`]: missed,
    [`timer_${seconds}s_flips_doubled`]: doubled,
    timer_wall_clock_back_10min_shown_error_s: back,
    // By design an hour ahead counts as an hour passed (a sleeping laptop looks the same): −3600.
    timer_wall_clock_forward_1h_shown_change_s: forward,
  }
}
