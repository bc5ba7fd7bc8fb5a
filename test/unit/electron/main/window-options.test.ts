import { describe, expect, it } from 'vitest'
import { windowOptions } from '../../../../electron/main/window-options'

describe('windowOptions', () => {
  for (const role of ['console', 'audience'] as const) {
    it(`keeps the ${role} window isolated, sandboxed and without Node`, () => {
      const prefs = windowOptions(role, '/app/preload/index.cjs').webPreferences
      expect(prefs).toMatchObject({
        preload: '/app/preload/index.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        spellcheck: false,
      })
    })
  }

  it('keeps the audience clock running when the window is in the background', () => {
    expect(windowOptions('audience', 'p').webPreferences?.backgroundThrottling).toBe(false)
    expect(windowOptions('console', 'p').webPreferences?.backgroundThrottling).toBe(true)
  })
})
