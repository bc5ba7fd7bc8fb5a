import { expect, test } from './fixtures'
import { createWorkshop, seedClient } from './steps'

test('the audience window opens beside the console with the hardened web preferences', async ({
  app,
}, testInfo) => {
  test.skip(
    testInfo.project.name !== 'electron',
    'Windows and their web preferences exist only in the Electron app.',
  )
  const electron = app.electron!()
  await seedClient(app.page)
  await createWorkshop(app.page)
  const opened = electron.waitForEvent('window')
  await app.page.getByRole('button', { name: 'Open audience view' }).click()
  const audience = await opened
  await expect(audience.getByRole('main', { name: 'Audience view' })).toBeVisible()

  // getLastWebPreferences is Electron's own (untyped) read-back of what a window was created with.
  const windows = await electron.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((w) => ({
      url: w.webContents.getURL(),
      prefs: (
        w.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> }
      ).getLastWebPreferences(),
    })),
  )
  expect(windows).toHaveLength(2)
  for (const { prefs } of windows) {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
    })
  }
  const audiencePrefs = windows.find((w) => w.url.includes('#/audience/'))!.prefs
  expect(audiencePrefs?.backgroundThrottling).toBe(false)
  expect(await audience.evaluate(() => typeof (window as { require?: unknown }).require)).toBe(
    'undefined',
  )
})
