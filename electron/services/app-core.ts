import { cp, readdir, realpath } from 'node:fs/promises'
import { basename } from 'node:path'
import type { EventEnvelope } from '../../shared/api/events'
import { AppFailure } from '../../shared/api/result'
import type { LibraryHealth } from '../../shared/library/library'
import { createBackup, createBackupInBackground } from '../storage/backups'
import type { AgreementStore, WorkshopStore } from '../storage/document-stores'
import { agreementStore, workshopStore } from '../storage/document-stores'
import type { LockOptions } from '../storage/library-lock'
import { LOCK_FILE_NAME } from '../storage/library-paths'
import { LibraryStore } from '../storage/library-store'
import type { OpenOptions } from '../storage/library-store'
import { TemplateStore } from '../storage/template-store'
import { sweepLibraryTempFiles } from '../storage/temp-files'
import { TrackerStore } from '../storage/tracker-store'
import { PdfWorker } from '../pdf/render-in-worker'
import { checkDataFolder, inside, SYSTEM_FOLDERS } from './folder-check'
import type { SettingsService } from './settings-service'
import type { SessionClock } from '../../shared/workshop/session-clock'
import { createSessionClock } from '../../shared/workshop/session-clock'
import { SessionStage } from './session-stage'
import type { Formats } from '../../shared/format/formats'
import { resolveFormats } from '../../shared/format/formats'

export interface PdfDestination {
  choosePath(fileName: string): Promise<string | null>
  write(path: string, pdf: Uint8Array): Promise<void>
  open(path: string): Promise<void>
}

export interface CoreOptions {
  transport: 'electron' | 'http'
  version: string
  settings: SettingsService
  /** A native folder picker where the transport has one. */
  pickFolder: () => Promise<string | null>
  /** Opens the audience window (Electron); false where the page opens it itself (browser). */
  openAudience: (clientId: string, workshopId: string) => Promise<boolean>
  /** Sends the audience window full screen to the second display; absent where it cannot be done. */
  presentAudience?: () => Promise<boolean>
  /** Where a PDF goes: the save dialog in the app, a folder inside the data folder in the host. */
  savePdf: PdfDestination
  /** The built PDF worker script (out/worker/pdf-worker.js). */
  pdfWorkerPath: string
  now?: () => Date
  /** A clock that never jumps (performance.now); tests that set `now` get one that follows it. */
  monotonicNow?: () => number
  /** The computer's language and region ("de-DE"), which formats follow unless Settings say otherwise. */
  systemLocale?: string
  /** Length of a plan "minute"; end-to-end tests shorten it to run a whole session in seconds. */
  minuteMs?: number
  /**
   * How long after start the start-up backup waits: the first seconds belong to the person opening
   * the app (default 8 s). Benchmarks and tests set it.
   */
  backupDelayMs?: number
  /** How long after start the PDF worker starts and parses its fonts (default 5 s). */
  pdfWarmDelayMs?: number
  /** Told how the start-up backup went (bytes written, time taken), for the log and the bench. */
  onStartupBackup?: (outcome: { written: number; ms: number; made: boolean }) => void
  /** Tests shorten the library lock's heartbeat. */
  lock?: Omit<LockOptions, 'appVersion'>
  /** The app's own files: never a data folder. */
  installFolder?: string
  /**
   * In Electron the page may only move the library to the folder the native picker returned, so a
   * compromised page cannot point the app at any path it likes.
   */
  pickedFoldersOnly?: boolean
}

/** The stores of one open library; they are replaced together when another folder is opened. */
const storesFor = (library: LibraryStore, now: () => Date) => ({
  library,
  workshops: workshopStore(library),
  agreements: agreementStore(library),
  tracker: new TrackerStore(library, now),
  templates: new TemplateStore(library),
})
type Stores = ReturnType<typeof storesFor>

/** Copying a library never copies who holds it, or a save that was in flight. */
const copiedFile = (path: string) => {
  const name = basename(path)
  return name !== LOCK_FILE_NAME && !/^\..*\.tmp$/.test(name)
}

/** What every handler works with: the open library, settings, and the event fan-out. */
export class AppCore {
  private stores: Stores
  private picked: string | null = null
  readonly pdf: PdfWorker
  private readonly listeners = new Set<(e: EventEnvelope) => void>()
  readonly now: () => Date
  /** Session time: what the timer runs on, measured so that wall-clock jumps cannot bend it. */
  readonly sessionClock: SessionClock
  /** What the projector follows, and its cues; in memory only. */
  readonly stage = new SessionStage()

  private constructor(
    readonly options: CoreOptions,
    store: LibraryStore,
  ) {
    this.now = options.now ?? (() => new Date())
    const wall = () => this.now().getTime()
    this.sessionClock = createSessionClock({
      wall,
      monotonic: options.monotonicNow ?? (options.now ? wall : () => performance.now()),
    })
    this.stores = storesFor(store, this.now)
    this.pdf = new PdfWorker(options.pdfWorkerPath)
  }

  static async start(options: CoreOptions): Promise<AppCore> {
    let core: AppCore | null = null
    const store = await AppCore.openStore(options, options.settings.get().dataDir, {
      onAccessChange: () => core?.accessChanged(),
      onClientsRead: () => core?.clientsRead(),
    })
    core = new AppCore(options, store)
    return core
  }

  private static openStore(
    options: CoreOptions,
    dataDir: string,
    events: Pick<OpenOptions, 'onAccessChange' | 'onClientsRead'>,
  ) {
    return LibraryStore.open(dataDir, {
      appVersion: options.version,
      lock: options.lock,
      ...events,
    })
  }

  /** Clients read in the background joined the list: lists across clients load again. */
  private clientsRead() {
    this.emit({ name: 'data:changed', payload: { scope: 'client', clientId: null } })
  }

  get library(): LibraryStore {
    return this.stores.library
  }

  get workshops(): WorkshopStore {
    return this.stores.workshops
  }

  get agreements(): AgreementStore {
    return this.stores.agreements
  }

  get tracker(): TrackerStore {
    return this.stores.tracker
  }

  get templates(): TemplateStore {
    return this.stores.templates
  }

  get minuteMs(): number {
    return this.options.minuteMs ?? 60_000
  }

  get settings(): SettingsService {
    return this.options.settings
  }

  /** The library's state, with anything the settings file needed on the way in. */
  health(): LibraryHealth {
    const health = this.library.health()
    return { ...health, problems: [...this.settings.problems, ...health.problems] }
  }

  /** Dates, times and paper as this person reads them: their settings over the computer's locale. */
  formats(): Formats {
    const system = this.options.systemLocale ?? Intl.DateTimeFormat().resolvedOptions().locale
    return resolveFormats(this.settings.get(), system)
  }

  onEvent(listener: (e: EventEnvelope) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  emit(event: EventEnvelope): void {
    for (const listener of this.listeners) listener(event)
  }

  /** The rolling backup; only the process that writes the library makes one. */
  backupNow() {
    this.library.lock.assertWritable()
    return createBackup(this.library.paths, this.now())
  }

  /**
   * Housekeeping after the window is up, so it never delays opening: a little later, temp files of
   * crashed saves are cleared and the start-up backup copies what changed since the last one, in
   * small steps that leave the main process free. A read-only library is left as it is.
   */
  async afterStart(): Promise<void> {
    // The PDF worker parses its fonts while the person is still looking at the list: late enough
    // that its second of work does not compete with the window drawing that list on two cores.
    this.warmTimer = setTimeout(() => {
      this.warmTimer = null
      this.pdf.warm().catch(() => undefined)
    }, this.options.pdfWarmDelayMs ?? 5_000)
    this.warmTimer.unref()
    if (!this.library.lock.writable) return
    await this.templates.get()
    this.backupTimer = setTimeout(() => {
      this.backupTimer = null
      this.startupBackup = this.backUpInBackground()
    }, this.options.backupDelayMs ?? 8_000)
    this.backupTimer.unref()
  }

  private backupTimer: NodeJS.Timeout | null = null
  private warmTimer: NodeJS.Timeout | null = null
  private readonly backupAbort = new AbortController()
  private startupBackup: Promise<void> = Promise.resolve()

  private async backUpInBackground(): Promise<void> {
    if (!this.library.lock.writable) return
    const started = performance.now()
    try {
      await sweepLibraryTempFiles(this.library.paths)
      const outcome = await createBackupInBackground(
        this.library.paths,
        this.now(),
        this.backupAbort.signal,
      )
      this.options.onStartupBackup?.({
        written: outcome.written,
        ms: performance.now() - started,
        made: outcome.info !== null,
      })
    } catch (e) {
      if (!this.backupAbort.signal.aborted)
        console.error(`Start-up backup failed: ${(e as Error).message}`)
    }
  }

  /** Asks the native folder picker (where there is one), and remembers what it returned. */
  async pickFolder(): Promise<string | null> {
    this.picked = await this.options.pickFolder()
    return this.picked
  }

  /** Points the app at another data folder, optionally copying the current library into it. */
  async useFolder(path: string, copyCurrent: boolean): Promise<LibraryStore> {
    if (this.options.pickedFoldersOnly && path !== this.picked)
      throw new AppFailure('FORBIDDEN', 'Choose the new data folder with “Choose folder…”.')
    const forbidden = [
      ...SYSTEM_FOLDERS,
      ...(this.options.installFolder ? [this.options.installFolder] : []),
    ]
    const target = await checkDataFolder(path, { forbidden })
    const current = await realpath(this.library.paths.dataDir).catch(
      () => this.library.paths.dataDir,
    )
    if (target === current) return this.library
    if (copyCurrent && inside(target, current))
      throw new AppFailure('VALIDATION', 'A library cannot be copied into a folder inside itself.')
    await this.settle()
    if (copyCurrent) await this.copyLibraryInto(target)
    this.settings.setDataDir(target)
    await this.switchTo(target)
    return this.library
  }

  /** Opens the same folder again: after a restore or an import, or when the lock changed hands. */
  async reopen(): Promise<LibraryStore> {
    await this.switchTo(this.library.paths.dataDir)
    return this.library
  }

  /** Pending saves reach the disk, then the library is let go for another process. */
  async close(): Promise<void> {
    if (this.backupTimer) clearTimeout(this.backupTimer)
    if (this.warmTimer) clearTimeout(this.warmTimer)
    this.backupAbort.abort()
    await this.startupBackup
    await this.pdf.close()
    await this.settle()
    await this.library.close()
  }

  /** Every store's pending saves have landed. */
  async settle(): Promise<void> {
    const { workshops, agreements, tracker, templates, library } = this.stores
    await Promise.all([workshops.idle(), agreements.idle(), tracker.idle(), templates.idle()])
    await library.flush()
  }

  /** The new library is opened before the old one is let go, so its lock never lapses. */
  private async switchTo(dataDir: string) {
    await this.settle()
    const next = await AppCore.openStore(this.options, dataDir, {
      onAccessChange: () => this.accessChanged(),
      onClientsRead: () => this.clientsRead(),
    })
    const previous = this.library
    this.stores = storesFor(next, this.now)
    await previous.close()
    this.emit({ name: 'data:changed', payload: { scope: 'library', clientId: null } })
  }

  /** Another process took the library over, or let it go: what this one may do has changed. */
  private accessChanged() {
    this.reopen().catch((e: Error) => console.error(`Reopening the library failed: ${e.message}`))
  }

  private async copyLibraryInto(target: string): Promise<void> {
    const existing = await readdir(target)
    if (existing.some((name) => !name.startsWith('.'))) {
      throw new AppFailure(
        'CONFLICT',
        'That folder is not empty; copy into an empty folder, or open it without copying.',
      )
    }
    await cp(this.library.paths.dataDir, target, {
      recursive: true,
      errorOnExist: true,
      force: false,
      filter: copiedFile,
    })
  }
}
