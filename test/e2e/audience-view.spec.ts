import { expect, test } from './fixtures'
import { measureText } from './text-measure'
import {
  addActivity,
  createWorkshop,
  openAudience,
  pressShortcut,
  seedClient,
  setTheme,
} from './steps'

test('the audience view reads from the back row: big clock, large text, strong contrast, no controls', async ({
  app,
}) => {
  const page = app.page
  const notFound: string[] = []
  page.context().on('response', (r) => r.status() === 404 && notFound.push(r.url()))
  await seedClient(page)
  await createWorkshop(page)
  await pressShortcut(page, 'ArrowRight')
  await addActivity(page, 'Joint pipeline review every Friday', 'Continue', 'Ana Souza')
  await addActivity(page, 'Leads passed on without notes', 'Stop', 'Chloé Martin')
  const audience = await openAudience(page)
  await expect(audience.getByText('Joint pipeline review every Friday')).toBeVisible()

  const digits = await audience.getByRole('timer').boundingBox()
  expect(digits!.height).toBeGreaterThanOrEqual(0.2 * 720)
  for (const t of await measureText(audience)) {
    expect(t.size, `“${t.text}” is too small for the back row`).toBeGreaterThanOrEqual(0.035 * 720)
  }
  await expect(audience.getByRole('button')).toHaveCount(0)
  await expect(audience.getByRole('textbox')).toHaveCount(0)
  await expect(audience.getByText('Up next')).toHaveCount(0)
  // The facilitator's notes for the phase are on the console, never on the projector.
  await expect(page.getByText(/Call on each person in turn/)).toBeVisible()
  await expect(audience.getByText(/Call on each person in turn/)).toHaveCount(0)

  // Every text on the projector at 7:1 or better, in every theme and every phase of the board.
  for (const theme of ['Light', 'Dark', 'Projector (high contrast)']) {
    await setTheme(page, theme)
    await expect(audience.locator('html')).toHaveAttribute(
      'data-theme',
      theme.split(' ')[0]!.toLowerCase(),
    )
    for (const phase of ['Activities', 'Goals', 'Owners & commitments', 'Review & support']) {
      await expect(audience.getByRole('heading', { level: 1 })).toHaveText(phase)
      for (const t of await measureText(audience))
        expect(t.contrast, `${theme}, ${phase}: “${t.text}” contrast`).toBeGreaterThanOrEqual(7)
      if (phase !== 'Review & support') await pressShortcut(page, 'ArrowRight')
    }
    for (let i = 0; i < 3; i++) await pressShortcut(page, 'ArrowLeft')
  }
  expect(notFound, 'requests answered 404 (a missing favicon, say)').toEqual([])
})
