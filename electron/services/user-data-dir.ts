import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_DIR_NAME = 'Smartketing Workshop'

/** Where Electron's `app.getPath('userData')` points, so the browser host finds the same library. */
export const userDataDir = (env = process.env, platform = process.platform): string => {
  if (platform === 'win32')
    return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME)
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), APP_DIR_NAME)
}

export const defaultDataDir = (userData: string) => join(userData, 'library')
