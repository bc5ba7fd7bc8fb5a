import { BrowserWindow, powerSaveBlocker, screen } from 'electron'
import type { AppCore } from '../services/app-core'
import { audiencePlacement } from './policy/audience-placement'
import { APP_ORIGIN } from './policy/app-origin'
import { KeepAwake } from './policy/keep-awake'
import { hardenContents } from './security'
import { windowOptions } from './window-options'

let audience: BrowserWindow | null = null

/** The projector's window, placed by policy/audience-placement.ts; reused when it is open. */
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
  const placement = audiencePlacement(screen.getAllDisplays(), screen.getPrimaryDisplay().id)
  const win = new BrowserWindow({ ...windowOptions('audience', preloadPath), ...placement })
  hardenContents(win.webContents)
  win.once('ready-to-show', () => win.show())
  win.on('closed', () => (audience = null))
  audience = win
  await win.loadURL(url)
  return true
}

/**
 * F5 on the console, or its "Full screen on the second display": the audience window goes full
 * screen on the display that is not the laptop's. False when there is no window or no second display.
 */
export const presentAudienceWindow = async () => {
  if (!audience || audience.isDestroyed()) return false
  const primary = screen.getPrimaryDisplay()
  const external = screen.getAllDisplays().find((d) => d.id !== primary.id)
  if (!external) return false
  if (audience.isFullScreen()) audience.setFullScreen(false)
  audience.setBounds(external.bounds)
  audience.setFullScreen(true)
  audience.show()
  return true
}

/** Feeds every session's clock state to KeepAwake (policy/keep-awake.ts). */
export const keepAwakeWhileRunning = (core: AppCore) => {
  const keepAwake = new KeepAwake(powerSaveBlocker)
  return core.onEvent((event) => {
    if (event.name !== 'session:changed') return
    const { clientId, workshopId } = event.payload
    core.workshops
      .get(clientId, workshopId)
      .then(({ doc }) => keepAwake.update(workshopId, doc.timer.status === 'running'))
      .catch(() => keepAwake.update(workshopId, false))
  })
}
