import type { Settings, SettingsPatch } from '../../shared/library/settings'
import {
  Settings as SettingsSchema,
  defaultSettings,
  upgradeStoredSettings,
} from '../../shared/library/settings'

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

  constructor(
    private readonly backend: SettingsBackend,
    defaultDataDir: string,
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
    this.current = SettingsSchema.parse({ ...this.current, ...patch })
    this.backend.write(this.current)
    return this.get()
  }

  setDataDir(dataDir: string): Settings {
    this.current = SettingsSchema.parse({ ...this.current, dataDir })
    this.backend.write(this.current)
    return this.get()
  }
}
