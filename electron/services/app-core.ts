import { cp, mkdir, readdir } from 'node:fs/promises'
import { isAbsolute, resolve } from 'node:path'
import type { EventEnvelope } from '../../shared/api/events'
import { AppFailure } from '../../shared/api/result'
import { createBackup } from '../storage/backups'
import { LibraryStore } from '../storage/library-store'
import { WorkshopStore } from '../storage/workshop-store'
import { AgreementStore } from '../storage/agreement-store'
import { TrackerStore } from '../storage/tracker-store'
import { PdfWorker } from '../pdf/render-in-worker'
import type { SettingsService } from './settings-service'
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
  /** Where a PDF goes: the save dialog in the app, a folder inside the data folder in the host. */
  savePdf: PdfDestination
  /** The built PDF worker script (out/worker/pdf-worker.js). */
  pdfWorkerPath: string
  now?: () => Date
  /** The computer's language and region ("de-DE"), which formats follow unless Settings say otherwise. */
  systemLocale?: string
  /** Length of a plan "minute"; end-to-end tests shorten it to run a whole session in seconds. */
  minuteMs?: number
}

/** What every handler works with: the open library, settings, and the event fan-out. */
export class AppCore {
  private store: LibraryStore
  private workshopStore: WorkshopStore
  private agreementStore: AgreementStore
  private trackerStore: TrackerStore
  readonly pdf: PdfWorker
  private readonly listeners = new Set<(e: EventEnvelope) => void>()
  readonly now: () => Date

  private constructor(
    readonly options: CoreOptions,
    store: LibraryStore,
  ) {
    this.store = store
    this.workshopStore = new WorkshopStore(store.paths)
    this.now = options.now ?? (() => new Date())
    this.agreementStore = new AgreementStore(store.paths)
    this.trackerStore = new TrackerStore(store.paths, this.now)
    this.pdf = new PdfWorker(options.pdfWorkerPath)
  }

  static async start(options: CoreOptions): Promise<AppCore> {
    const store = await LibraryStore.open(options.settings.get().dataDir)
    return new AppCore(options, store)
  }

  get library(): LibraryStore {
    return this.store
  }

  get workshops(): WorkshopStore {
    return this.workshopStore
  }

  get agreements(): AgreementStore {
    return this.agreementStore
  }

  get tracker(): TrackerStore {
    return this.trackerStore
  }

  get minuteMs(): number {
    return this.options.minuteMs ?? 60_000
  }

  get settings(): SettingsService {
    return this.options.settings
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

  /** The rolling backup taken at start; runs after the window is up so it never delays opening. */
  backupNow() {
    return createBackup(this.store.paths, this.now())
  }

  /** Points the app at another data folder, optionally copying the current library into it. */
  async useFolder(path: string, copyCurrent: boolean): Promise<LibraryStore> {
    if (!isAbsolute(path)) throw new AppFailure('VALIDATION', 'Choose a full folder path.')
    const target = resolve(path)
    await this.store.flush()
    await mkdir(target, { recursive: true }).catch((e: Error) => {
      throw new AppFailure('IO', `That folder cannot be used: ${e.message}`)
    })
    if (copyCurrent) await this.copyLibraryInto(target)
    await this.idleStores()
    this.setStore(await LibraryStore.open(target))
    this.settings.setDataDir(target)
    this.emit({ name: 'data:changed', payload: { scope: 'library', clientId: null } })
    return this.store
  }

  async reopen(): Promise<LibraryStore> {
    await this.store.flush()
    await this.idleStores()
    this.setStore(await LibraryStore.open(this.store.paths.dataDir))
    this.emit({ name: 'data:changed', payload: { scope: 'library', clientId: null } })
    return this.store
  }

  async close(): Promise<void> {
    await this.pdf.close()
    await this.idleStores()
    await this.store.flush()
  }

  private setStore(store: LibraryStore) {
    this.store = store
    this.workshopStore = new WorkshopStore(store.paths)
    this.agreementStore = new AgreementStore(store.paths)
    this.trackerStore = new TrackerStore(store.paths, this.now)
  }

  private async idleStores(): Promise<void> {
    await Promise.all([
      this.workshopStore.idle(),
      this.agreementStore.idle(),
      this.trackerStore.idle(),
    ])
  }

  private async copyLibraryInto(target: string): Promise<void> {
    const existing = await readdir(target)
    if (existing.some((name) => !name.startsWith('.'))) {
      throw new AppFailure(
        'CONFLICT',
        'That folder is not empty; copy into an empty folder, or open it without copying.',
      )
    }
    await cp(this.store.paths.dataDir, target, {
      recursive: true,
      errorOnExist: true,
      force: false,
    })
  }
}
