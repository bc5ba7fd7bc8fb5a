import { contextBridge, ipcRenderer } from 'electron'
import type { Bridge } from '../../shared/api/client'
import { EVENT_CHANNEL } from './channels'

/** The only file that touches ipcRenderer. Exposes two functions, never Electron itself. */
const bridge: Bridge = {
  invoke: (channel, input) => ipcRenderer.invoke(channel, input),
  subscribe: (listener) => {
    const handle = (_: unknown, event: { name: string; payload: unknown }) =>
      listener(event.name, event.payload)
    ipcRenderer.on(EVENT_CHANNEL, handle)
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, handle)
  },
}

contextBridge.exposeInMainWorld('api', bridge satisfies Bridge)
