import type { Browser, Locator } from '@playwright/test'
import { chromium, devices } from '@playwright/test'
import { fork } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { gzipSync } from 'node:zlib'
import { CHROMIUM_LAUNCH } from '../test/support/chromium'
import { prng } from '../test/support/prng'
import { callHost } from './host-client'
import { quick, size } from './mode'
import { mainThreadTaskTimes, paintedWhen } from './page-timing'
import type { SimulatedPhone } from './simulated-phones'
import { joinPhone } from './simulated-phones'
import type { Figures } from './stats'
import { median, quantile, round } from './stats'
import { devicesSession, PHONE_TEXTS, simulatedProposal } from './devices-session'

// Forty phones in the room: one real phone page in Chromium (the taps measured) and the rest
// simulated over HTTP with their event streams open. Quick mode: four, one round of each kind.
const PEOPLE = size(40, 4)
const PROPOSAL_ROUNDS = size(24, 1)
const VOTE_EVERY = size(3, 1)
/** Each simulated phone proposes about every eight seconds: a busy room, some 5 a second. */
const PROPOSAL_GAP_MS: [number, number] = size([4_000, 12_000], [200, 400])
const MB = 1024 * 1024

type HostMemory = { rss: number; heapUsed: number; external: number }

/** The host (core, loopback host, participant server) in a process of its own; see devices-host.ts. */
const startHostProcess = async () => {
  const child = fork('out/bench/devices-host.js', [], {
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const next = <T>(type: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (m: { type: string }) => {
        if (m.type !== type) return
        child.off('message', onMessage)
        child.off('exit', reject)
        resolve(m as T)
      }
      child.on('message', onMessage)
      child.once('exit', reject)
    })
  const { url, token } = await next<{ url: string; token: string }>('ready')
  return {
    host: { url, token },
    memory: () => {
      const answer = next<HostMemory>('memory')
      child.send({ type: 'memory' })
      return answer
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.send({ type: 'close' })
      }),
  }
}

const within = <T>(promise: Promise<T>, what: string, ms = 20_000) => {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not seen in ${ms} ms`)), ms)
  })
  return Promise.race([promise, late]).finally(() => clearTimeout(timer))
}

/**
 * The phone's last touch (pointerdown), in the same wall-time scale as the audience's paint, what
 * it landed on, and when the page last sent a call: a tap that sent nothing is known as such.
 */
const TAP_CLOCK = () => {
  const w = window as unknown as { tapAt: number; tapOn: string; sentAt: number }
  w.sentAt = 0
  window.addEventListener(
    'pointerdown',
    (e) => {
      w.tapAt = performance.timeOrigin + e.timeStamp
      const el = e.target as HTMLElement
      w.tapOn = `${el.tagName} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').slice(0, 40)}”`
    },
    { capture: true },
  )
  const send = window.fetch.bind(window)
  window.fetch = (input, init) => {
    if (String(input).startsWith('/call/')) w.sentAt = performance.timeOrigin + performance.now()
    return send(input, init)
  }
}
type TapClock = { tapAt: number; tapOn: string; sentAt: number }
/** Every main-thread task over 50 ms the console ran, as the page itself observes them. */
const LONG_TASKS = () => {
  const w = window as unknown as { longTasks: number[] }
  w.longTasks = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longTasks.push(e.duration)
  }).observe({ type: 'longtask', buffered: true })
}

/**
 * The console's tasks (RunTask, with their CPU times) are only in the disabled-by-default
 * category: with `devtools.timeline` alone the trace held none, and only the page's own long-task
 * observer counted. DEVICES_TRACE=file.json also keeps JavaScript samples, to open in DevTools;
 * with DEVICES_TRACE_NO_JS=1 it keeps none, as the sampler's start is itself a task of 100+ ms.
 */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  ...(process.env.DEVICES_TRACE && !process.env.DEVICES_TRACE_NO_JS
    ? ['v8.execute', 'disabled-by-default-v8.cpu_profiler']
    : []),
]

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

const stopCount = `document.querySelector('.column-stop .count')?.textContent`

export const devicesBench = async (): Promise<Figures> => {
  const js = await readFile('out/participant/participant.js')
  const hostProcess = await startHostProcess()
  const { host } = hostProcess
  const session = await devicesSession(host, PEOPLE)
  const random = prng(15)

  // One browser per page: the console, the audience and the phone each get their own (quick mode
  // puts all three in one browser, to stay short: its figures are not judged).
  const first = await chromium.launch(CHROMIUM_LAUNCH)
  const browsers: Browser[] = [first, quick ? first : await chromium.launch(CHROMIUM_LAUNCH)]
  const phoneBrowser = quick ? browsers[1]! : await chromium.launch(CHROMIUM_LAUNCH)
  if (!quick) browsers.push(phoneBrowser)
  const open = async (browser: Browser, hash: string, script?: () => void) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    if (script) await page.addInitScript(script)
    await page.goto(`${host.url}/#token=${host.token}`)
    await page.evaluate((h) => (window.location.hash = h), hash)
    return page
  }
  const facilitator = await open(browsers[0]!, session.consoleHash, LONG_TASKS)
  const audience = await open(browsers[1]!, '#/audience')
  await facilitator.getByRole('region', { name: 'Team devices' }).getByText('Room code').waitFor()
  await audience.locator('.column-stop .count').waitFor()
  const idle = await hostProcess.memory()

  const context = await phoneBrowser.newContext({
    ...devices['Pixel 7'],
    viewport: { width: 390, height: 844 },
  })
  await context.addInitScript(TAP_CLOCK)
  const phone = await context.newPage()
  await phone.goto(session.joinUrl)
  await phone.getByRole('button', { name: session.names[0], exact: true }).tap()
  await phone.getByRole('button', { name: 'Send proposal' }).waitFor()

  // The room fills: every other phone joins, takes its name and keeps its stream open.
  await facilitator.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []))
  if (!quick) await browsers[0]!.startTracing(facilitator, { categories: TRACE_CATEGORIES })
  const sims: SimulatedPhone[] = await Promise.all(
    session.memberIds.slice(1).map((id) => joinPhone(session.origin, session.secret, id)),
  )
  const joined = await hostProcess.memory()

  let talking = true
  const background = sims.map(async (sim, i) => {
    for (let n = 0; talking && n < 10; n++) {
      const [low, high] = PROPOSAL_GAP_MS
      await new Promise((r) => setTimeout(r, low + random() * (high - low)))
      if (talking) await sim.call('proposal:add', simulatedProposal(i, n))
    }
  })

  /**
   * Tap to paint, or null when the tap sent nothing: say so. (The lost taps seen before were
   * lost fills: a board change moved the form and blurred the field before the text went in.)
   */
  let missed = 0
  const tapToPaint = async (target: Locator, done: string, what: string) => {
    const painted = paintedWhen(audience, done)
    // The observer must be in place before the tap.
    await audience.evaluate(() => new Promise((r) => requestAnimationFrame(r)))
    await target.tap()
    const sent = await phone
      .waitForFunction(
        () => {
          const w = window as unknown as TapClock
          return w.sentAt >= w.tapAt
        },
        null,
        { timeout: 5_000 },
      )
      .then(
        () => true,
        () => false,
      )
    const clock = await phone.evaluate(() => ({ ...(window as unknown as TapClock) }))
    if (!sent) {
      missed++
      process.stderr.write(
        `devices bench: a tap for ${what} sent nothing (it landed on ${clock.tapOn})\n`,
      )
      return null
    }
    const at = await within(painted, what).catch(async (e: Error) => {
      // Say where it stopped: in the queue, on the board, or on the way to the projector.
      const status = (await callHost(host, 'devices:status', {})) as { queue: unknown[] }
      const mine = await phone.locator('#mine').textContent()
      throw new Error(
        `${e.message}; queue ${status.queue.length}, projector ${await audience.evaluate(stopCount)}, phone: ${mine?.slice(-200)}`,
      )
    })
    return at - clock.tapAt
  }
  /** Up to three taps, as a person taps again when nothing happened. */
  const measure = async (tap: () => Promise<number | null>, into: number[]) => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const ms = await tap()
      if (ms !== null) return void into.push(ms)
    }
    throw new Error('Three taps in a row sent nothing')
  }

  const proposals: number[] = []
  const votes: number[] = []
  for (let i = 0; i < PROPOSAL_ROUNDS; i++) {
    // A proposal from the phone, in the Stop column (the simulated phones fill the other two),
    // accepted by the console's auto-accept and shown on the projector.
    const text = `${PHONE_TEXTS[i % PHONE_TEXTS.length]} (${i + 1})`
    const tag = (['Sales', 'Marketing', 'Joint'] as const)[i % 3]!
    await measure(async () => {
      await phone.getByLabel('Activity', { exact: true }).fill(text)
      await phone.getByRole('radiogroup', { name: 'Kind' }).getByText('Stop', { exact: true }).tap()
      await phone.getByRole('radiogroup', { name: 'Team' }).getByText(tag, { exact: true }).tap()
      const expected = Number(await audience.evaluate(stopCount)) + 1
      const send = phone.getByRole('button', { name: 'Send proposal' })
      return tapToPaint(send, `() => Number(${stopCount}) >= ${expected}`, text)
    }, proposals)
    // The phone empties its field when the server answers; on a busy machine that can come after
    // the projector showed the card, and must not empty the next proposal's text.
    await phone.waitForFunction(
      () => (document.getElementById('proposal-text') as HTMLTextAreaElement).value === '',
    )
    if ((i + 1) % VOTE_EVERY !== 0) continue

    // A dot vote: the phone's first dot makes the projector's "1 voted"; then the whole room votes.
    await callHost(host, 'devices:voting', { action: 'clear' })
    await callHost(host, 'devices:voting', { action: 'open', dots: 3, open: false })
    await callHost(host, 'devices:project', { show: 'votes' })
    await phone.getByRole('heading', { name: 'Vote: 3 of 3 dots left' }).waitFor()
    await audience.getByText('0 voted so far').waitFor()
    const dots = phone.locator('button[aria-label^="Give a dot to"]')
    const dot = dots.nth(i % (await dots.count()))
    const oneVoted = `() => /(^|\\D)1 voted so far/.test(document.querySelector('.devices-overlay')?.textContent ?? '')`
    await measure(() => tapToPaint(dot, oneVoted, 'the first vote'), votes)
    const options = (await sims[0]!.call('me:view', {})).voting!.options
    await Promise.all(
      sims.map((sim, s) =>
        sim.call('vote:cast', {
          ballot: { [options[(s * 5 + i) % options.length]!.activityId]: 1 + (s % 3) },
        }),
      ),
    )
    await callHost(host, 'devices:voting', { action: 'reveal' })
    await audience.getByRole('list', { name: 'Vote results' }).waitFor()
    await callHost(host, 'devices:project', { show: 'board' })
    await audience.locator('.column-stop .count').waitFor()
  }
  talking = false
  await Promise.all(background)
  const trace = quick ? null : await browsers[0]!.stopTracing()
  if (trace && process.env.DEVICES_TRACE) await writeFile(process.env.DEVICES_TRACE, trace)
  const times = trace ? mainThreadTaskTimes(trace) : []
  const tasks = times.map((t) => t.wall)
  const longTasks = await facilitator.evaluate(
    () => (window as unknown as { longTasks: number[] }).longTasks,
  )
  const streamed = sims.reduce((sum, s) => sum + s.streamed(), 0)
  const busy = await hostProcess.memory()

  for (const sim of sims) sim.close()
  for (const b of new Set(browsers)) await b.close()
  await hostProcess.close()
  const taps = [...proposals, ...votes]
  return {
    [`devices_${PEOPLE}_tap_to_audience_paint_p95_ms`]: round(quantile(taps, 0.95), 1),
    [`devices_${PEOPLE}_proposal_tap_to_audience_paint_median_ms`]: round(median(proposals), 1),
    [`devices_${PEOPLE}_vote_tap_to_audience_paint_median_ms`]: round(median(votes), 1),
    [`devices_${PEOPLE}_console_tasks_over_50_ms`]: longTasks.length,
    [`devices_${PEOPLE}_console_longest_task_ms`]: round(Math.max(0, ...tasks, ...longTasks), 1),
    // The console's own work, whatever the load: CPU time on its main thread, in all and at most
    // in one task (the task's wall time above adds the waits for a core of a busy machine).
    [`devices_${PEOPLE}_console_main_thread_cpu_s`]: round(sum(times.map((t) => t.cpu)) / 1000, 2),
    // Tasks over 50 ms of the console's own work: the tasks over 50 ms above less those that were
    // long only while the thread waited for a core.
    [`devices_${PEOPLE}_console_tasks_over_50_ms_cpu`]: times.filter((t) => t.cpu > 50).length,
    [`devices_${PEOPLE}_console_longest_task_cpu_ms`]: round(
      Math.max(0, ...times.map((t) => t.cpu)),
      1,
    ),
    participant_page_js_gzip_kb: round(gzipSync(js).length / 1024, 1),
    [`devices_${PEOPLE}_joined_server_memory_over_idle_mb`]: round((joined.rss - idle.rss) / MB, 1),
    [`devices_${PEOPLE}_server_memory_over_idle_mb`]: round((busy.rss - idle.rss) / MB, 1),
    [`devices_${PEOPLE}_server_heap_over_idle_mb`]: round((busy.heapUsed - idle.heapUsed) / MB, 1),
    [`devices_${PEOPLE}_streamed_to_phones_mb`]: round(streamed / MB, 1),
    [`devices_${PEOPLE}_phone_taps_that_sent_nothing`]: missed,
  }
}
