import type { Browser, BrowserContext, ElectronApplication, Page } from '@playwright/test'
import { _electron, expect, test as base } from '@playwright/test'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NO_ELECTRON_NOTE, electronBinary } from '../../scripts/electron-binary.mjs'
import type { Fault } from '../support/faults'
import { applyFault, faultUser, releaseFault } from '../support/faults'
import type { HostProcess } from '../support/host-process'
import { startHost } from '../support/host-process'

const NETWORK_RECORDER = join(import.meta.dirname, '../support/network-recorder.cjs')
const DISK_FAULTS = join(import.meta.dirname, '../support/disk-faults.cjs')

export interface AppUnderTest {
  page: Page
  /** This test's own folder: `library/` holds the data, `settings/` the settings file. */
  folder: string
  dataDir: string
  /** Stops the app (SIGKILL when `crash`) and starts it again on the same folder. */
  restart(options?: { crash?: boolean }): Promise<Page>
  /** Every request the page made that did not go to the app itself. */
  offAppRequests: string[]
  /** Connections the app's own process tried to open off this machine (loopback host only). */
  hostConnections(): Promise<string[]>
  /** The running Electron app, in the Electron project only. */
  electron?: () => ElectronApplication
  /** Where exported PDFs land: the host's exports folder, or where the stubbed save dialog points. */
  exportsDir: string
  /** Electron: answers the next save dialogs with `exportsDir` and keeps the PDF viewer closed. */
  answerSaveDialogs(): Promise<void>
  /** Loopback host only: from now on every write into the data folder fails as on a full disk. */
  fillDisk?(full: boolean): Promise<void>
}

const isOwn = (url: string, origins: readonly string[]) =>
  origins.some((origin) => url.startsWith(`${origin}/`)) ||
  url.startsWith('data:') ||
  url.startsWith('blob:') ||
  url.startsWith('app://renderer/')

/**
 * Listens on the whole browser context, so every page is watched: the console, and the audience
 * popup it opens, from their first request on.
 */
const watchRequests = (context: BrowserContext, origins: () => readonly string[], sink: string[]) =>
  context.on('request', (r) => {
    if (!isOwn(r.url(), origins())) sink.push(r.url())
  })

const browserApp = async (
  browser: Browser,
  folder: string,
  minuteMs: number,
  fault: Fault | null,
): Promise<AppUnderTest & { close(): Promise<void> }> => {
  const networkLog = join(folder, 'network.log')
  const diskFull = join(folder, 'disk-full')
  const preloads = [NETWORK_RECORDER, DISK_FAULTS].map((p) => `--require "${p}"`).join(' ')
  const env = {
    SMARTKETING_MINUTE_MS: String(minuteMs),
    // Every connection the host tries to open off this machine is logged and refused.
    NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} ${preloads}`.trim(),
    SMARTKETING_NETWORK_LOG: networkLog,
    SMARTKETING_FAULT_DISK_FULL: diskFull,
    SMARTKETING_FAULT_DATA_DIR: join(folder, 'library'),
  }
  const user = fault ? await faultUser(fault, folder) : {}
  let host: HostProcess = await startHost(folder, env, user)
  const context = await browser.newContext()
  const offAppRequests: string[] = []
  // Every host this test started is the app: after a restart, a page left open (the audience
  // view) still retries the earlier one's event stream, on this machine.
  const origins = [host.origin]
  watchRequests(context, () => origins, offAppRequests)
  const page = await context.newPage()
  await page.goto(host.url)
  return {
    page,
    folder,
    dataDir: join(folder, 'library'),
    exportsDir: join(folder, 'library', 'exports'),
    answerSaveDialogs: async () => undefined,
    fillDisk: async (full) => (full ? writeFile(diskFull, '') : rm(diskFull, { force: true })),
    offAppRequests,
    hostConnections: async () =>
      (await readFile(networkLog, 'utf8').catch(() => '')).split('\n').filter(Boolean),
    restart: async (options) => {
      await host.stop(options?.crash ? 'SIGKILL' : 'SIGTERM')
      // Leave the page once the host is gone: its event stream would otherwise retry the old port
      // while the new host starts, and that retry would count as a request off the app.
      await page.goto('about:blank')
      host = await startHost(folder, env, user)
      origins.push(host.origin)
      await page.goto(host.url)
      return page
    },
    close: async () => {
      await context.close()
      await host.stop()
    },
  }
}

const electronApp = async (
  folder: string,
  binary: string,
  minuteMs: number,
): Promise<AppUnderTest & { close(): Promise<void> }> => {
  const launch = () =>
    _electron.launch({
      executablePath: binary,
      args: ['.'],
      env: {
        ...process.env,
        SMARTKETING_USER_DATA: join(folder, 'settings'),
        SMARTKETING_DATA_DIR: join(folder, 'library'),
        SMARTKETING_MINUTE_MS: String(minuteMs),
      },
    })
  let app: ElectronApplication = await launch()
  const offAppRequests: string[] = []
  watchRequests(app.context(), () => ['app://renderer'], offAppRequests)
  let page = await app.firstWindow()
  return {
    page,
    folder,
    dataDir: join(folder, 'library'),
    exportsDir: join(folder, 'exports'),
    answerSaveDialogs: async () => {
      const dir = join(folder, 'exports')
      await mkdir(dir, { recursive: true })
      await app.evaluate(({ dialog, shell }, target) => {
        dialog.showSaveDialog = (async (...args: unknown[]) => {
          const options = args.at(-1) as { defaultPath?: string }
          const name = (options.defaultPath ?? 'export.pdf').split(/[\\/]/).pop()
          return { canceled: false, filePath: `${target}/${name}` }
        }) as typeof dialog.showSaveDialog
        shell.openPath = async () => ''
      }, dir)
    },
    offAppRequests,
    electron: () => app,
    // Electron's main process is not instrumented; its page requests are watched above.
    hostConnections: async () => [],
    restart: async (options) => {
      if (options?.crash) app.process().kill('SIGKILL')
      else await app.close()
      app = await launch()
      watchRequests(app.context(), () => ['app://renderer'], offAppRequests)
      page = await app.firstWindow()
      return page
    },
    close: () => app.close(),
  }
}

export const test = base.extend<{ app: AppUnderTest; minuteMs: number; fault: Fault | null }>({
  minuteMs: [60_000, { option: true }],
  /** A fault a real user meets, set up before the app starts (see test/support/faults.ts). */
  fault: [null, { option: true }],
  app: async ({ browser, minuteMs, fault }, use, testInfo) => {
    const folder = await mkdtemp(join(tmpdir(), 'smartketing-e2e-'))
    if (fault) await applyFault(fault, folder)
    let app: AppUnderTest & { close(): Promise<void> }
    if (testInfo.project.name === 'electron') {
      const binary = electronBinary()
      test.skip(!binary, `${NO_ELECTRON_NOTE}; the Electron run of this spec is skipped.`)
      app = await electronApp(folder, binary!, minuteMs)
    } else {
      app = await browserApp(browser, folder, minuteMs, fault)
    }
    await use(app)
    await app.close()
    expect(app.offAppRequests, 'requests that left the app').toEqual([])
    expect(await app.hostConnections(), 'connections the host tried to open').toEqual([])
    if (fault) await releaseFault(fault, folder)
    await rm(folder, { recursive: true, force: true })
  },
})

export { expect }
