import type { AboutPanelOptionsOptions, MenuItemConstructorOptions } from 'electron'
import { app, Menu } from 'electron'
import { join } from 'node:path'

export const PRODUCT_NAME = 'Smartketing Workshop'

export type MenuContext = { platform: NodeJS.Platform; packaged: boolean }

const separator: MenuItemConstructorOptions = { type: 'separator' }

/** Reload and developer tools are for development: a consultant mid-workshop must not hit them. */
const viewMenu = (packaged: boolean): MenuItemConstructorOptions => ({
  label: 'View',
  submenu: [
    ...(packaged
      ? []
      : ([
          { role: 'reload' },
          { role: 'forceReload' },
          { role: 'toggleDevTools' },
          separator,
        ] satisfies MenuItemConstructorOptions[])),
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    separator,
    { role: 'togglefullscreen' },
  ],
})

/** Built from roles, so each platform gets its own labels, shortcuts and conventions. */
export const menuTemplate = ({ platform, packaged }: MenuContext): MenuItemConstructorOptions[] => [
  ...(platform === 'darwin' ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
  { role: 'fileMenu' },
  { role: 'editMenu' },
  viewMenu(packaged),
  { role: 'windowMenu' },
  { role: 'help', submenu: [{ role: 'about', label: `About ${PRODUCT_NAME}` }] },
]

/** Linux shows the About icon at 64 px, Windows best at 48 px; macOS uses the app icon. */
export const aboutIconPath = (platform: NodeJS.Platform, iconsDir: string) =>
  join(iconsDir, platform === 'win32' ? '48x48.png' : '64x64.png')

export const aboutPanelOptions = (version: string, iconPath: string): AboutPanelOptionsOptions => ({
  applicationName: PRODUCT_NAME,
  applicationVersion: version,
  version,
  copyright: 'Copyright © 2026 Smartketing Workshop',
  credits: 'Sales and marketing alignment workshops that run offline, on a conference-room screen.',
  iconPath,
})

/** The icons ship as extra resources (electron-builder.yml); in development they are in resources/. */
const iconsDir = () =>
  app.isPackaged
    ? join(process.resourcesPath, 'icons')
    : join(app.getAppPath(), 'resources', 'icons')

export const installAppMenu = (version: string) => {
  app.setAboutPanelOptions(aboutPanelOptions(version, aboutIconPath(process.platform, iconsDir())))
  const context = { platform: process.platform, packaged: app.isPackaged }
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(context)))
}
