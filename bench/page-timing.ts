import type { Browser, BrowserContext, Page } from '@playwright/test'
import { chromium } from '@playwright/test'
import { CHROMIUM_LAUNCH } from '../test/support/chromium'

/**
 * One browser per page: a second page in the same headless browser starves the first one's frames,
 * so every page a figure watches gets a browser of its own.
 */
export const pageInOwnBrowser = async (): Promise<{ browser: Browser; page: Page }> => {
  const browser = await chromium.launch(CHROMIUM_LAUNCH)
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  return { browser, page }
}

/**
 * A browser on a profile folder that outlives it, as the app keeps its own between starts: a
 * browser started again on the same folder finds the caches (files, compiled scripts) of before.
 */
export const pageInProfile = async (
  profile: string,
): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await chromium.launchPersistentContext(profile, {
    ...CHROMIUM_LAUNCH,
    viewport: { width: 1280, height: 720 },
  })
  const page = context.pages()[0] ?? (await context.newPage())
  return { context, page }
}

/**
 * In the page from its first script on: each key press's time from the key event to the frame
 * after it was handled (a rAF, then a message posted from it, which runs after that frame paints).
 */
export const KEY_TO_PAINT_SCRIPT = () => {
  const w = window as unknown as { __keyToPaint: number[] }
  w.__keyToPaint = []
  window.addEventListener(
    'keydown',
    (e) => {
      const pressed = e.timeStamp
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => w.__keyToPaint.push(performance.now() - pressed)
        channel.port2.postMessage(null)
      })
    },
    true,
  )
}

/** The key-to-paint times recorded so far, then forgotten. */
export const takeKeyTimes = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __keyToPaint: number[] }
    const out = w.__keyToPaint
    w.__keyToPaint = []
    return out
  })

/**
 * Presses each character as a real key (keydown, keypress, input, keyup through Chromium's input
 * pipeline), at a person's pace, so each key is measured alone rather than queued behind the last.
 */
export const typeLikeAPerson = async (page: Page, text: string, gapMs = 80) => {
  for (const ch of text) {
    await page.keyboard.press(ch === ' ' ? 'Space' : ch)
    await page.waitForTimeout(gapMs)
  }
}

/**
 * Arms the audience page: resolves (in the page) with the wall time of the first frame after
 * `done()` becomes true, which is when the change is on the screen.
 */
export const paintedWhen = (audience: Page, done: string) =>
  audience.evaluate(
    (source) =>
      new Promise<number>((resolve) => {
        const check = new Function(`return (${source})()`) as () => boolean
        const finish = () =>
          requestAnimationFrame(() =>
            setTimeout(() => resolve(performance.timeOrigin + performance.now())),
          )
        if (check()) {
          finish()
          return
        }
        const observer = new MutationObserver(() => {
          if (!check()) return
          observer.disconnect()
          finish()
        })
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        })
      }),
    done,
  )

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  dur?: number
  /** The thread's own CPU time in the event: less than `dur` when the thread waited for a core. */
  tdur?: number
  args?: { name?: string }
}

const mainThreadRuns = (trace: Buffer): TraceEvent[] => {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }
  const main = new Set(
    traceEvents
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  )
  return traceEvents.filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`),
  )
}

/** Every task the page's main thread ran while traced, in milliseconds. */
export const mainThreadTasks = (trace: Buffer): number[] =>
  mainThreadRuns(trace).map((e) => (e.dur ?? 0) / 1000)

/**
 * Each task's wall time and its CPU time, in milliseconds. On a loaded machine a task of a
 * millisecond's work can take a hundred while its thread waits for a core: the CPU time tells
 * the page's own work from that wait. Empty where the trace has no thread times.
 */
export const mainThreadTaskTimes = (trace: Buffer): { wall: number; cpu: number }[] => {
  const runs = mainThreadRuns(trace)
  if (!runs.some((e) => e.tdur !== undefined)) return []
  return runs.map((e) => ({ wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? 0) / 1000 }))
}
