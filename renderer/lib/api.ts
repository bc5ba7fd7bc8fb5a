import type { Api, Bridge } from '../../shared/api/client'
import { makeClient } from '../../shared/api/client'
import { createHttpBridge, takeToken } from './http-bridge'

declare global {
  interface Window {
    api?: Bridge
  }
}

/** The only place that reads `window.api`: in Electron the preload's bridge, else the HTTP host. */
const bridge: Bridge =
  window.api ?? createHttpBridge(takeToken(window.location, window.sessionStorage))

export const api: Api = makeClient(bridge)

/** In the desktop app files are saved through the system dialog; in a browser, into the data folder. */
export const inDesktopApp = window.api !== undefined
