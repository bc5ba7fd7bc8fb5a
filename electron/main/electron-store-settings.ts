import Store from 'electron-store'
import type { Settings } from '../../shared/library/settings'
import type { SettingsBackend } from '../services/settings-service'
import { settingsJsonSchema } from '../services/settings-json-schema'
import { moveAsideSync } from '../storage/move-aside'

/** The app's settings store: the same file name and schema as the host's conf store. */
export const electronStoreSettings = (userData: string): SettingsBackend => {
  const make = () =>
    new Store<Record<string, unknown>>({
      name: 'settings',
      cwd: userData,
      schema: settingsJsonSchema(),
    })
  let store: Store<Record<string, unknown>>
  try {
    store = make()
  } catch {
    moveAsideSync(`${userData}/settings.json`)
    store = make()
  }
  return {
    path: store.path,
    read: () => ({ ...store.store }),
    write: (settings: Settings) => store.set(settings),
  }
}
