import { readdir } from 'node:fs/promises'
import { expect, test } from './fixtures'
import {
  addActivity,
  createWorkshop,
  openAudience,
  seedClient,
  setGoalDates,
  finishSession,
} from './steps'

/**
 * The offline proof in one journey: a whole workshop with the audience view, then the printed
 * sheets. Every request of both pages and every connection of the app's own process is recorded;
 * none may leave the machine. (.ci/run also runs the whole suite with networking removed.)
 */
test('a full workshop and its PDF export make no request that leaves the machine', async ({
  app,
}) => {
  const page = app.page
  await app.answerSaveDialogs()
  await seedClient(page)
  await createWorkshop(page)
  const audience = await openAudience(page)
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await page.getByRole('tab', { name: 'Activities' }).click()
  await addActivity(page, 'Weekly lead hand-over call', 'Continue', 'Ana Souza')
  await expect(audience.getByText('Weekly lead hand-over call')).toBeVisible()
  await page.getByRole('tab', { name: 'Goals' }).click()
  await page.getByRole('button', { name: 'Add a goal' }).click()
  await page.getByLabel('Goal 1 title').fill('Every qualified lead followed up within two days')
  await page.getByLabel('Goal 1 criteria — how the team will know it is met').fill('CRM shows it')
  await page
    .getByRole('article', { name: 'Goal 1' })
    .getByRole('checkbox', { name: /Weekly lead hand-over call/ })
    .check()
  await setGoalDates(page, 1)
  await page.getByRole('button', { name: 'Confirm goal 1' }).click()
  await expect(page.getByRole('article', { name: 'Goal 1' }).getByText('Confirmed')).toBeVisible()
  await finishSession(page)
  await page.getByRole('link', { name: 'Open the summary' }).click()
  const panel = page.getByRole('region', { name: 'Print goal sheets' })
  await panel.getByRole('button', { name: /Export PDF|Save PDF/ }).click()
  await expect(panel.getByRole('status')).toContainText(/Saved \d+ pages to/)
  expect((await readdir(app.exportsDir)).filter((f) => f.endsWith('.pdf'))).toHaveLength(1)

  // Audience requests are watched too: it is a page of the same context.
  expect(app.offAppRequests).toEqual([])
  expect(await app.hostConnections()).toEqual([])
})
