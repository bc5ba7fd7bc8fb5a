import Store from 'electron-store'
import { join } from 'node:path'
import { openSettingsFile, parseSettingsText } from '../services/settings-recovery'

/** The app's settings store: the same file name, schema and recovery as the host's conf store. */
export const electronStoreSettings = (userData: string) =>
  openSettingsFile(
    join(userData, 'settings.json'),
    () =>
      new Store<Record<string, unknown>>({
        name: 'settings',
        cwd: userData,
        deserialize: (text) => parseSettingsText(text) as Record<string, unknown>,
      }),
  )
