import type { OpenDialogOptions } from 'electron'
import { app, BrowserWindow, dialog, session } from 'electron'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { AppCore } from '../services/app-core'
import { createHandlers } from '../services/handlers'
import { devicesFor } from '../participants/device-service'
import { SettingsService } from '../services/settings-service'
import { minuteMsFromEnv } from '../services/test-settings'
import { defaultDataDir } from '../services/user-data-dir'
import { APP_VERSION } from '../version'
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol'
import { keepAwakeWhileRunning, openAudienceWindow, presentAudienceWindow } from './audience-window'
import { saveDialogDestination } from './pdf-save-dialog'
import { electronStoreSettings } from './electron-store-settings'
import { registerIpc } from './ipc'
import { installAppMenu } from './menu'
import { hardenContents, hardenSession } from './security'
import { windowOptions } from './window-options'

const here = dirname(fileURLToPath(import.meta.url))
const preloadPath = join(here, '..', 'preload', 'index.cjs')
const rendererDir = join(here, '..', 'renderer')

// Tests (and a consultant running from a USB stick) can point the app at their own folders.
const userDataOverride = process.env['SMARTKETING_USER_DATA']
if (userDataOverride) app.setPath('userData', userDataOverride)

registerAppScheme()
app.enableSandbox()
// A second launch hands over to the running app: two processes must never share one data folder.
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
  const settings = new SettingsService(electronStoreSettings(userData), defaultDataDir(userData))
  const dataDirOverride = process.env['SMARTKETING_DATA_DIR']
  if (dataDirOverride) settings.setDataDir(dataDirOverride)
  const core = await AppCore.start({
    transport: 'electron',
    version: APP_VERSION,
    settings,
    pickFolder,
    openAudience: (clientId, workshopId) => openAudienceWindow(preloadPath, clientId, workshopId),
    presentAudience: presentAudienceWindow,
    minuteMs: minuteMsFromEnv(),
    savePdf: saveDialogDestination(() => mainWindow),
    pdfWorkerPath: join(here, '..', 'worker', 'pdf-worker.js'),
  })
  keepAwakeWhileRunning(core)
  registerIpc(createHandlers(core), core, () => BrowserWindow.getAllWindows())
  app.on('web-contents-created', (_, contents) => hardenContents(contents))
  app.on('window-all-closed', () => app.quit())
  // Phones lose the room the moment the app quits; the participant server never outlives it.
  app.on(
    'before-quit',
    () =>
      void devicesFor(core)
        .close()
        .finally(() => core.close()),
  )
  mainWindow = await openConsoleWindow()
  void core.backupNow().catch((e: Error) => console.error(`Backup failed: ${e.message}`))
}

if (isPrimaryInstance) {
  void start().catch((e: Error) => {
    dialog.showErrorBox('Smartketing Workshop could not start', e.message)
    app.exit(1)
  })
}
