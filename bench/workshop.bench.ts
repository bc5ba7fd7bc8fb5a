import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { startHttpHost } from '../electron/host/http-host'
import * as timer from '../shared/workshop/timer'
import type { Board } from '../shared/workshop/workshop'
import { emptyBoard } from '../shared/workshop/workshop'
import { CHROMIUM_LAUNCH } from '../test/support/chromium'
import { startTempCore } from '../test/support/temp-core'
import { callHost } from './host-client'
import type { Figures } from './stats'
import { median, quantile, round } from './stats'

/** 15 planned minutes, 20 pauses and 20 one-minute extensions; drift is engine time minus stopwatch time. */
const timerDrift = () => {
  let t = timer.start(timer.createTimer(timer.DEFAULT_GOAL_WORKSHOP_PLAN), 0)
  let now = 0
  let stopwatch = 0
  for (let i = 0; i < 20; i++) {
    now += 41_357
    stopwatch += 41_357
    t = timer.pause(t, now)
    now += 9_871
    t = timer.addMinute(timer.resume(t, now), now)
    if (i % 4 === 3) t = timer.next(t, now)
  }
  return Math.abs(timer.totalElapsedMs(t, now) - stopwatch)
}

const rendererJsGzipKb = async () => {
  const dir = 'out/renderer/assets'
  const html = await readFile('out/renderer/index.html', 'utf8')
  const initial = (await readdir(dir)).filter((f) => f.endsWith('.js') && html.includes(f))
  let bytes = 0
  for (const f of initial) bytes += gzipSync(await readFile(join(dir, f))).length
  return bytes / 1024
}

const boardWith = (n: number, memberId: string): Board => ({
  ...emptyBoard(),
  activities: Array.from({ length: n }, (_, i) => ({
    id: `bench-activity-${String(i).padStart(4, '0')}`,
    text: `Activity number ${i}: share the weekly lead list and the reasons for lost deals`,
    kind: (['continue', 'stop', 'improve'] as const)[i % 3]!,
    tag: (['sales', 'marketing', 'joint'] as const)[i % 3]!,
    proposedBy: memberId,
    ownerId: null,
    dueDate: null,
  })),
})

/** Types into the activity field of a console with 200 activities; each key's React update is timed in the page. */
const typingPerKey = async (url: string, route: string) => {
  const browser = await chromium.launch(CHROMIUM_LAUNCH)
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  await page.goto(url)
  await page.evaluate((r) => (window.location.hash = r), route)
  await page.getByRole('tab', { name: 'Activities' }).click()
  const field = page.getByRole('form', { name: 'Add an activity' }).getByLabel('Activity')
  await field.waitFor()
  const times = await field.evaluate((input: HTMLInputElement) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
    const out: number[] = []
    const text = 'Send marketing the reasons for every lost deal, every Friday'
    for (let i = 1; i <= text.length; i++) {
      const start = performance.now()
      setValue.call(input, text.slice(0, i))
      input.dispatchEvent(new Event('input', { bubbles: true }))
      out.push(performance.now() - start)
    }
    return out
  })
  await browser.close()
  return times
}

export const workshopBench = async (): Promise<Figures> => {
  const env = await startTempCore()
  const staticDir = join(process.cwd(), 'out', 'renderer')
  const host = await startHttpHost({ core: env.core, handlers: env.handlers, staticDir })
  const client = (await callHost(host, 'clients:create', { name: 'Bench GmbH' })) as { id: string }
  const member = (await callHost(host, 'members:add', {
    clientId: client.id,
    member: { name: 'Ana', department: 'sales' },
  })) as { id: string }
  const plan = [{ name: 'Activities', prompt: 'Go', minutes: 5 }]
  const workshop = (await callHost(host, 'workshops:create', {
    clientId: client.id,
    title: 'Bench',
    scope: 'sales',
    participantIds: [member.id],
    managerId: null,
    plan,
  })) as { id: string }
  await callHost(host, 'workshops:saveBoard', {
    clientId: client.id,
    workshopId: workshop.id,
    board: boardWith(200, member.id),
  })
  const typing = await typingPerKey(
    `${host.url}/#token=${host.token}`,
    `#/clients/${client.id}/workshops/${workshop.id}`,
  )
  await host.close()
  await env.cleanup()
  return {
    timer_drift_15min_20_pauses_ms: timerDrift(),
    renderer_initial_js_gzip_kb: round(await rendererJsGzipKb(), 1),
    typing_200_activities_median_ms_per_key: round(median(typing)),
    typing_200_activities_p95_ms_per_key: round(quantile(typing, 0.95)),
  }
}
