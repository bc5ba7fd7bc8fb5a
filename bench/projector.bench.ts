import type { Browser, Page } from '@playwright/test'
import { chromium } from '@playwright/test'
import { join } from 'node:path'
import { startHttpHost } from '../electron/host/http-host'
import type { Board } from '../shared/workshop/workshop'
import { emptyBoard } from '../shared/workshop/workshop'
import { CHROMIUM_LAUNCH } from '../test/support/chromium'
import { startTempCore } from '../test/support/temp-core'
import { callHost } from './host-client'
import { size } from './mode'
import { mainThreadTasks, paintedWhen } from './page-timing'
import type { Figures } from './stats'
import { median, quantile, round } from './stats'

// Quick mode (npm test) presses each key twice: enough to show the measurement still works.
const ROUNDS = size(25, 2)
const SENTENCES = [
  'Share the weekly lead list and the reasons for lost deals',
  'Call every webinar attendee within two working days',
  'One written definition of a sales-ready lead',
  'Trade-fair contacts in the CRM within a week',
  'A campaign brief for sales before every launch',
]

/** Two hundred different activities from six people, across the three columns. */
const bigBoard = (people: string[]): Board => ({
  ...emptyBoard(),
  activities: Array.from({ length: 200 }, (_, i) => ({
    id: `bench-activity-${String(i).padStart(4, '0')}`,
    text: `${SENTENCES[i % SENTENCES.length]} — item ${i + 1}`,
    kind: (['continue', 'stop', 'improve'] as const)[i % 3]!,
    tag: (['sales', 'marketing', 'joint'] as const)[(i >> 2) % 3]!,
    proposedBy: people[i % people.length]!,
    ownerId: null,
    dueDate: null,
  })),
})

/** The console's key press, as the page saw it, in the same wall-time scale. */
const armKeyClock = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { lastKeyAt: number }
    window.addEventListener(
      'keydown',
      (e) => (w.lastKeyAt = performance.timeOrigin + e.timeStamp),
      { capture: true },
    )
  })
const lastKey = (page: Page) =>
  page.evaluate(() => (window as unknown as { lastKeyAt: number }).lastKeyAt)

const timeKey = async (console: Page, audience: Page, key: string, done: string) => {
  const painted = paintedWhen(audience, done)
  // The observer must be in place before the key goes.
  await audience.evaluate(() => new Promise((r) => requestAnimationFrame(r)))
  await console.keyboard.press(key)
  // A change that never shows is a finding, not a reason to wait forever.
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${key}: never saw ${done}`)), 15_000)
  })
  const at = await Promise.race([painted, late]).finally(() => clearTimeout(timer))
  return at - (await lastKey(console))
}

const countOf = (kind: string) => `document.querySelector('.column-${kind} .count')?.textContent`

export const projectorBench = async (): Promise<Figures> => {
  const env = await startTempCore()
  const host = await startHttpHost({
    core: env.core,
    handlers: env.handlers,
    staticDir: join(process.cwd(), 'out', 'renderer'),
  })
  const client = (await callHost(host, 'clients:create', { name: 'Bench GmbH' })) as { id: string }
  const people: string[] = []
  for (const name of ['Ana', 'Björn', 'Chloé', 'Dmitri', 'Eva', 'Fumiko'])
    people.push(
      (
        (await callHost(host, 'members:add', {
          clientId: client.id,
          member: { name, department: people.length % 2 ? 'marketing' : 'sales' },
        })) as { id: string }
      ).id,
    )
  const workshop = (await callHost(host, 'workshops:create', {
    clientId: client.id,
    title: 'Bench',
    scope: 'joint',
    participantIds: people,
    managerId: null,
    plan: [{ name: 'Activities', prompt: 'Keep, stop, improve', minutes: 60 }],
  })) as { id: string }
  await callHost(host, 'workshops:saveBoard', {
    clientId: client.id,
    workshopId: workshop.id,
    board: bigBoard(people),
  })

  // One browser per page: a second page in one headless browser starves the first one's frames.
  const browsers: Browser[] = [
    await chromium.launch(CHROMIUM_LAUNCH),
    await chromium.launch(CHROMIUM_LAUNCH),
  ]
  const open = async (browser: Browser, hash: string) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(`${host.url}/#token=${host.token}`)
    await page.evaluate((h) => (window.location.hash = h), hash)
    return page
  }
  const console = await open(browsers[0]!, `#/clients/${client.id}/workshops/${workshop.id}`)
  const audience = await open(browsers[1]!, '#/audience')
  await audience.getByRole('heading', { name: 'Activities' }).waitFor()
  await armKeyClock(console)
  await console.keyboard.press(' ')
  await console.getByRole('button', { name: 'Pause' }).waitFor()
  await console.getByRole('tab', { name: 'Activities', exact: true }).click()
  const field = console.getByRole('form', { name: 'Add an activity' }).getByLabel('Activity')

  const add: number[] = []
  const blank: number[] = []
  const pause: number[] = []
  for (let i = 0; i < ROUNDS; i++) {
    await field.fill(`${SENTENCES[i % SENTENCES.length]} (added in round ${i})`)
    const before = await audience.evaluate(countOf('continue'))
    const expected = String(Number(before) + 1)
    add.push(
      await timeKey(console, audience, 'Enter', `() => ${countOf('continue')} === '${expected}'`),
    )
    await console.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    const isBlank = `() => !!document.querySelector('main[aria-label="Audience view (blank)"]')`
    blank.push(await timeKey(console, audience, 'b', isBlank))
    await timeKey(console, audience, 'b', `() => !(${isBlank})()`)
    const paused = `() => document.querySelector('.audience-step')?.textContent?.includes('Paused')`
    pause.push(await timeKey(console, audience, ' ', paused))
    await timeKey(console, audience, ' ', `() => !(${paused})()`)
  }

  // The clock runs for ten seconds with the whole board on the console: every main-thread task
  // in that time is traced, so the longest one is known even when none passes 50 ms.
  await browsers[0]!.startTracing(console, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  })
  const ticksBefore = await console.evaluate(() => document.querySelector('.clock')?.textContent)
  await new Promise((r) => setTimeout(r, 10_000))
  const ticksAfter = await console.evaluate(() => document.querySelector('.clock')?.textContent)
  const tasks = mainThreadTasks(await browsers[0]!.stopTracing())
  if (ticksBefore === ticksAfter) throw new Error('The console clock did not run while traced')
  for (const b of browsers) await b.close()
  await host.close()
  await env.cleanup()
  return {
    console_to_audience_add_activity_200_median_ms: round(median(add), 1),
    console_to_audience_add_activity_200_p95_ms: round(quantile(add, 0.95), 1),
    console_to_audience_blank_200_p95_ms: round(quantile(blank, 0.95), 1),
    console_to_audience_pause_200_p95_ms: round(quantile(pause, 0.95), 1),
    console_tick_200_tasks_over_50_ms: tasks.filter((t) => t > 50).length,
    console_tick_200_longest_task_ms: round(Math.max(0, ...tasks), 1),
    console_tick_200_task_p99_ms: round(quantile(tasks, 0.99), 2),
  }
}
