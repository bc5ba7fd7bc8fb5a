import { expect, test } from './fixtures'
import { measureText } from './text-measure'
import { createWorkshop, openAudience, openSettings, pressShortcut, seedClient } from './steps'

// A plan "minute" of six seconds: the 5-minute Activities phase runs for 30 s.
test.use({ minuteMs: 6_000 })

test('the console warns what to cut past “no later than”; the room gets the wrap-up banner and the fixed warning', async ({
  app,
}) => {
  test.setTimeout(120_000)
  const page = app.page
  await seedClient(page)
  await createWorkshop(page)
  await openSettings(page)
  const warnAt = page.getByLabel('Warn the room at (minutes:seconds left)')
  await warnAt.fill('0:10')
  await warnAt.press('Enter')
  await expect(warnAt).toHaveValue('0:10')
  await page.goBack()
  await expect(page.getByRole('main', { name: 'Facilitator console' })).toBeVisible()
  const audience = await openAudience(page)
  await pressShortcut(page, 'ArrowRight')
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()

  // Fourteen plan-minutes (84 s) are still to run; the limit is at most a minute away.
  const limit = await page.evaluate(() => {
    const d = new Date(Date.now() + 60_000)
    return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
  })
  const noLaterThan = page.getByLabel('Ends no later than')
  await noLaterThan.fill(limit)
  await noLaterThan.press('Enter')
  await expect(
    page.getByRole('alert').filter({ hasText: /cut \d+ minutes? from the phases/ }),
  ).toBeVisible()
  await expect(audience.getByText(/Ends by/)).toBeVisible()

  const message = page.getByRole('form', { name: 'Message to the room' })
  await message.getByLabel('Message to the room').fill('Two minutes: time to wrap up')
  await message.getByRole('button', { name: 'Show on the projector' }).click()
  const banner = audience.getByRole('status').filter({ hasText: 'Two minutes: time to wrap up' })
  await expect(banner).toBeVisible()
  for (const t of await measureText(audience)) {
    expect(t.contrast, `“${t.text}” contrast`).toBeGreaterThanOrEqual(7)
    expect(t.size, `“${t.text}” size`).toBeGreaterThanOrEqual(0.035 * 720)
  }
  await message.getByRole('button', { name: 'Take it down' }).click()
  await expect(banner).toBeHidden()

  // Ten seconds before the end of the phase, the room reads the warning.
  await expect(audience.getByText('10 seconds left')).toBeVisible({ timeout: 30_000 })
})
