import Conf from 'conf'
import type { Settings } from '../../shared/library/settings'
import type { SettingsBackend } from '../services/settings-service'
import { settingsJsonSchema } from '../services/settings-json-schema'
import { moveAsideSync } from '../storage/move-aside'

/** Settings for the loopback host, in the same file and schema electron-store uses in the app. */
export const confSettings = (dir: string): SettingsBackend => {
  const make = () =>
    new Conf<Record<string, unknown>>({
      projectName: 'smartketing-workshop',
      cwd: dir,
      configName: 'settings',
      schema: settingsJsonSchema(),
    })
  let conf: Conf<Record<string, unknown>>
  try {
    conf = make()
  } catch {
    // An unreadable settings file is kept for inspection; the app starts with defaults.
    moveAsideSync(`${dir}/settings.json`)
    conf = make()
  }
  return {
    path: conf.path,
    read: () => ({ ...conf.store }),
    write: (settings: Settings) => conf.set(settings),
  }
}
