import type { BrowserWindow } from 'electron'
import { ipcMain } from 'electron'
import { contract } from '../../shared/api/contract'
import type { EventEnvelope } from '../../shared/api/events'
import { fail } from '../../shared/api/result'
import { EVENT_CHANNEL } from '../preload/channels'
import type { AppCore } from '../services/app-core'
import { dispatch } from '../services/dispatch'
import type { Handlers } from '../services/handlers/types'
import { isTrustedSender } from './policy/web-policy'

/** The only file that touches ipcMain: every contract call registered once, through one gate. */
export const registerIpc = (handlers: Handlers, core: AppCore, windows: () => BrowserWindow[]) => {
  for (const name of Object.keys(contract)) {
    ipcMain.handle(name, (event, input: unknown) =>
      isTrustedSender(event.senderFrame?.url)
        ? dispatch(handlers, name, input)
        : fail('FORBIDDEN', 'Calls are only accepted from the app’s own page.'),
    )
  }
  return core.onEvent((event: EventEnvelope) => {
    for (const win of windows()) if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, event)
  })
}
