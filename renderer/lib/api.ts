import type { Bridge } from '../../shared/api/client'
import { makeClient } from '../../shared/api/client'
import { withEarlyAnswers } from './early-answers'
import { createHttpBridge, takeToken } from './http-bridge'

declare global {
  interface Window {
    api?: Bridge
  }
}

/** The only place that reads `window.api`: in Electron the preload's bridge, else the HTTP host. */
const bridge: Bridge =
  window.api ?? createHttpBridge(takeToken(window.location, window.sessionStorage))

const client = withEarlyAnswers(makeClient(bridge))

export const api = client.api

/** For the app's first lines only (see ../ask-early.ts). */
export const askEarly = client.askEarly

/** In the desktop app files are saved through the system dialog; in a browser, into the data folder. */
export const inDesktopApp = window.api !== undefined
