import { BrowserWindow, powerSaveBlocker, screen } from 'electron'
import type { AppCore } from '../services/app-core'
import { APP_ORIGIN } from './policy/app-origin'
import { hardenContents } from './security'
import { windowOptions } from './window-options'

let audience: BrowserWindow | null = null

/**
 * The projector's window: full screen on a second display when one is connected, otherwise an
 * ordinary window the facilitator can drag there. Reused when it is already open.
 */
export const openAudienceWindow = async (
  preloadPath: string,
  clientId: string,
  workshopId: string,
) => {
  const url = `${APP_ORIGIN}/index.html#/audience/${clientId}/${workshopId}`
  if (audience && !audience.isDestroyed()) {
    await audience.loadURL(url)
    audience.show()
    return true
  }
  const primary = screen.getPrimaryDisplay()
  const external = screen.getAllDisplays().find((d) => d.id !== primary.id)
  const win = new BrowserWindow({
    ...windowOptions('audience', preloadPath),
    ...(external ? { x: external.bounds.x, y: external.bounds.y, fullscreen: true } : {}),
  })
  hardenContents(win.webContents)
  win.once('ready-to-show', () => win.show())
  win.on('closed', () => (audience = null))
  audience = win
  await win.loadURL(url)
  return true
}

/** Keeps the display awake while any session clock runs, so the projector never dims mid-phase. */
export const keepAwakeWhileRunning = (core: AppCore) => {
  let blocker: number | null = null
  return core.onEvent(async (event) => {
    if (event.name !== 'session:changed') return
    const { doc: workshop } = await core.workshops
      .get(event.payload.clientId, event.payload.workshopId)
      .catch(() => ({ doc: null }))
    const running = workshop?.timer.status === 'running'
    if (running && blocker === null) blocker = powerSaveBlocker.start('prevent-display-sleep')
    if (!running && blocker !== null) {
      powerSaveBlocker.stop(blocker)
      blocker = null
    }
  })
}
