import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import {
  aboutIconPath,
  aboutPanelOptions,
  installAppMenu,
  menuTemplate,
} from '../../../../electron/main/menu'

const electron = vi.hoisted(() => ({
  app: {
    isPackaged: true,
    getAppPath: () => '/project',
    setAboutPanelOptions: vi.fn(),
  },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
}))
vi.mock('electron', () => electron)

const roles = (items: MenuItemConstructorOptions[]) => items.map((i) => i.role ?? i.label)
const submenu = (item: MenuItemConstructorOptions | undefined) =>
  (item?.submenu ?? []) as MenuItemConstructorOptions[]
const view = (items: MenuItemConstructorOptions[]) => items.find((i) => i.label === 'View')

describe('menuTemplate', () => {
  it('gives macOS its application menu and the other platforms none', () => {
    const mac = menuTemplate({ platform: 'darwin', packaged: true })
    expect(roles(mac)).toEqual(['appMenu', 'fileMenu', 'editMenu', 'View', 'windowMenu', 'help'])
    for (const platform of ['win32', 'linux'] as const) {
      expect(roles(menuTemplate({ platform, packaged: true }))).toEqual([
        'fileMenu',
        'editMenu',
        'View',
        'windowMenu',
        'help',
      ])
    }
  })

  it('leaves reload and developer tools out of the packaged app', () => {
    const packaged = roles(submenu(view(menuTemplate({ platform: 'linux', packaged: true }))))
    expect(packaged).toEqual(['resetZoom', 'zoomIn', 'zoomOut', undefined, 'togglefullscreen'])
    const dev = roles(submenu(view(menuTemplate({ platform: 'linux', packaged: false }))))
    expect(dev.slice(0, 3)).toEqual(['reload', 'forceReload', 'toggleDevTools'])
  })

  it('opens the About panel from Help', () => {
    const help = menuTemplate({ platform: 'win32', packaged: true }).find((i) => i.role === 'help')
    expect(submenu(help)).toEqual([{ role: 'about', label: 'About Smartketing Workshop' }])
  })
})

describe('About panel', () => {
  it('names the product, its version and copyright', () => {
    expect(aboutPanelOptions('1.4.0', '/icons/64x64.png')).toMatchObject({
      applicationName: 'Smartketing Workshop',
      applicationVersion: '1.4.0',
      version: '1.4.0',
      copyright: expect.stringContaining('Smartketing Workshop'),
      credits: expect.any(String),
      iconPath: '/icons/64x64.png',
    })
  })

  it('uses the icon size each platform draws best', () => {
    expect(aboutIconPath('win32', '/r/icons')).toMatch(/48x48\.png$/)
    expect(aboutIconPath('linux', '/r/icons')).toMatch(/64x64\.png$/)
  })

  it('is installed with the menu, its icon taken from the packaged resources', () => {
    vi.stubGlobal('process', { ...process, resourcesPath: '/opt/smartketing/resources' })
    installAppMenu('2.0.0')
    vi.unstubAllGlobals()
    const options = electron.app.setAboutPanelOptions.mock.calls[0]?.[0]
    expect(options).toMatchObject({ applicationVersion: '2.0.0' })
    expect(options.iconPath).toContain('/opt/smartketing/resources')
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(
      electron.Menu.buildFromTemplate.mock.results[0]?.value,
    )
  })
})
