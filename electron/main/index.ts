import type { OpenDialogOptions } from 'electron'
import { app, BrowserWindow, dialog, session } from 'electron'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { AppCore } from '../services/app-core'
import { createHandlers } from '../services/handlers'
import { devicesFor } from '../participants/device-service'
import { SettingsService } from '../services/settings-service'
import { defaultDataDir } from '../services/user-data-dir'
import { warmFirstAnswers } from '../services/warm-answers'
import { APP_VERSION } from '../version'
import { registerAppScheme, serveRenderer } from './app-protocol'
import { keepAwakeWhileRunning, openAudienceWindow, presentAudienceWindow } from './audience-window'
import { electronStoreSettings } from './electron-store-settings'
import { registerIpc } from './ipc'
import { installAppMenu } from './menu'
import { saveDialogDestination } from './pdf-save-dialog'
import { APP_ORIGIN } from './policy/app-origin'
import { quitAfterSaving } from './policy/quit-sequence'
import { testOverrides } from './policy/test-overrides'
import { hardenContents, hardenSession } from './security'
import { windowOptions } from './window-options'

const here = dirname(fileURLToPath(import.meta.url))
const preloadPath = join(here, '..', 'preload', 'index.cjs')
const rendererDir = join(here, '..', 'renderer')

// The end-to-end tests point a development build at their own folders; a packaged app never does.
const overrides = testOverrides(process.env, app.isPackaged)
if (overrides.userData) app.setPath('userData', overrides.userData)

registerAppScheme()
app.enableSandbox()
// A second launch hands over to the running app; the library lock covers every other process.
const isPrimaryInstance = app.requestSingleInstanceLock()
if (!isPrimaryInstance) app.quit()

let mainWindow: BrowserWindow | null = null

app.on('second-instance', () => {
  if (!mainWindow || mainWindow.isDestroyed()) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
})

const openConsoleWindow = async () => {
  const win = new BrowserWindow(windowOptions('console', preloadPath))
  hardenContents(win.webContents)
  win.once('ready-to-show', () => win.show())
  await win.loadURL(`${APP_ORIGIN}/index.html`)
  return win
}

const pickFolder = async () => {
  const options: OpenDialogOptions = {
    title: 'Choose the data folder',
    properties: ['openDirectory', 'createDirectory'],
  }
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, options)
    : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

const start = async () => {
  await app.whenReady()
  installAppMenu(APP_VERSION)
  hardenSession(session.defaultSession)
  serveRenderer(rendererDir)
  const userData = app.getPath('userData')
  const settingsFile = electronStoreSettings(userData)
  const settings = new SettingsService(
    settingsFile.backend,
    defaultDataDir(userData),
    settingsFile.problems,
  )
  if (overrides.dataDir) settings.overrideDataDir(overrides.dataDir)
  // The library opens while the first window's process starts: calls made meanwhile wait for it.
  const opening = AppCore.start({
    transport: 'electron',
    version: APP_VERSION,
    settings,
    pickFolder,
    pickedFoldersOnly: true,
    installFolder: app.isPackaged ? dirname(process.execPath) : join(here, '..'),
    openAudience: (clientId, workshopId) => openAudienceWindow(preloadPath, clientId, workshopId),
    presentAudience: presentAudienceWindow,
    minuteMs: overrides.minuteMs,
    savePdf: saveDialogDestination(() => mainWindow),
    pdfWorkerPath: join(here, '..', 'worker', 'pdf-worker.js'),
    systemLocale: app.getSystemLocale(),
  }).then((core) => ({ core, handlers: createHandlers(core) }))
  // A library that cannot open is reported once, below, where `opening` is awaited.
  registerIpc(opening, () => BrowserWindow.getAllWindows()).catch(() => undefined)
  app.on('web-contents-created', (_, contents) => hardenContents(contents))
  app.on('window-all-closed', () => app.quit())
  const windowOpening = openConsoleWindow()
  const { core, handlers } = await opening
  keepAwakeWhileRunning(core)
  app.on(
    'before-quit',
    quitAfterSaving({
      // Phones lose the room first: the participant server never outlives the app.
      close: () =>
        devicesFor(core)
          .close()
          .then(() => core.close()),
      exit: (code) => app.exit(code),
      log: (message) => console.error(message),
    }),
  )
  // While the window still loads, the answers its first screen will ask for are prepared.
  warmFirstAnswers(handlers).catch(() => undefined)
  mainWindow = await windowOpening
  core.afterStart().catch((e: Error) => console.error(`Start-up housekeeping failed: ${e.message}`))
}

if (isPrimaryInstance) {
  start().catch((e: Error) => {
    dialog.showErrorBox('Smartketing Workshop could not start', e.message)
    app.exit(1)
  })
}
