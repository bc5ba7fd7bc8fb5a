import type { BrowserWindowConstructorOptions } from 'electron'

export type WindowRole = 'console' | 'audience'

/**
 * Every window's options come from here, so the security baseline is one pure function with a test:
 * isolated, sandboxed, no Node in the page, no spell-checker (it would download dictionaries).
 */
export const windowOptions = (
  role: WindowRole,
  preloadPath: string,
): BrowserWindowConstructorOptions => ({
  width: 1280,
  height: 800,
  minWidth: 960,
  minHeight: 600,
  show: false,
  title: role === 'audience' ? 'Smartketing Workshop — Audience' : 'Smartketing Workshop',
  backgroundColor: role === 'audience' ? '#0b1220' : '#f7f7f5',
  autoHideMenuBar: role === 'audience',
  webPreferences: {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // The audience view keeps its clock moving even when the laptop focuses another window.
    backgroundThrottling: role !== 'audience',
  },
})
