import { AppFailure } from '../../shared/api/result'
import type { LibraryProblem } from '../../shared/library/library'
import type { Settings, SettingsPatch } from '../../shared/library/settings'
import {
  Settings as SettingsSchema,
  defaultSettings,
  upgradeStoredSettings,
} from '../../shared/library/settings'
import { codeOf } from '../storage/file-reads'
import { writeFailureWords } from '../storage/read-only-message'

/** The storage under the settings: electron-store in the app, conf in the loopback host. */
export interface SettingsBackend {
  readonly path: string
  read(): Record<string, unknown>
  write(settings: Settings): void
}

/** Keeps every valid stored field and falls back to the default for any field that is not. */
const repair = (raw: Record<string, unknown>, defaults: Settings): Settings => {
  const merged: Record<string, unknown> = { ...defaults }
  for (const key of Object.keys(defaults) as (keyof Settings)[]) {
    const field = SettingsSchema.shape[key].safeParse(raw[key])
    if (field.success) merged[key] = field.data
  }
  return SettingsSchema.parse(merged)
}

export class SettingsService {
  private current: Settings

  /** `problems`: what opening the settings file needed (see settings-recovery.ts). */
  constructor(
    private readonly backend: SettingsBackend,
    defaultDataDir: string,
    readonly problems: readonly LibraryProblem[] = [],
  ) {
    this.current = repair(upgradeStoredSettings(backend.read()), defaultSettings(defaultDataDir))
  }

  get path(): string {
    return this.backend.path
  }

  get(): Settings {
    return { ...this.current }
  }

  update(patch: SettingsPatch): Settings {
    return this.save(SettingsSchema.parse({ ...this.current, ...patch }))
  }

  setDataDir(dataDir: string): Settings {
    return this.save(SettingsSchema.parse({ ...this.current, dataDir }))
  }

  /** A folder named on the command line (or by a test) for this run only; the file keeps its own. */
  overrideDataDir(dataDir: string): void {
    this.current = SettingsSchema.parse({ ...this.current, dataDir })
  }

  /** A change counts once it is in the file; one the file refused is not applied either. */
  private save(next: Settings): Settings {
    try {
      this.backend.write(next)
    } catch (e) {
      const code = codeOf(e)
      throw new AppFailure(
        'IO',
        `The settings could not be saved (${code ? writeFailureWords(code) : (e as Error).message}); nothing was changed.`,
      )
    }
    this.current = next
    return this.get()
  }
}
