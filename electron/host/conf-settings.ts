import Conf from 'conf'
import { join } from 'node:path'
import { openSettingsFile, parseSettingsText } from '../services/settings-recovery'

/** Settings for the loopback host, in the same file and schema electron-store uses in the app. */
export const confSettings = (dir: string) =>
  openSettingsFile(
    join(dir, 'settings.json'),
    () =>
      new Conf<Record<string, unknown>>({
        projectName: 'smartketing-workshop',
        cwd: dir,
        configName: 'settings',
        deserialize: (text) => parseSettingsText(text) as Record<string, unknown>,
      }),
  )
