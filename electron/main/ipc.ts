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

/** What the calls are answered with, once the library is open. */
export interface IpcServices {
  handlers: Handlers
  core: AppCore
}

/**
 * The only file that touches ipcMain: every contract call registered once, through one gate.
 * Registered before the first window opens, while the library still opens (`services`): a call
 * that arrives meanwhile waits for it instead of finding no handler.
 */
export const registerIpc = (
  services: IpcServices | Promise<IpcServices>,
  windows: () => BrowserWindow[],
) => {
  const ready = Promise.resolve(services)
  for (const name of Object.keys(contract)) {
    ipcMain.handle(name, async (event, input: unknown) =>
      isTrustedSender(event.senderFrame?.url)
        ? dispatch((await ready).handlers, name, input)
        : fail('FORBIDDEN', 'Calls are only accepted from the app’s own page.'),
    )
  }
  return ready.then(({ core }) =>
    core.onEvent((event: EventEnvelope) => {
      for (const win of windows())
        if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, event)
    }),
  )
}
