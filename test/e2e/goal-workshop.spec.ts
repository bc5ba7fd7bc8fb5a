import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { phaseRemainingMs } from '../../shared/workshop/timer'
import { expect, test } from './fixtures'
import {
  addActivity,
  createWorkshop,
  openAudience,
  pressShortcut,
  seedClient,
  setGoalDates,
  setTheme,
  finishSession,
} from './steps'

/** A "minute" of the plan lasts one second here, so the 15-minute session runs in 15 seconds. */
test.use({ minuteMs: 1000 })

test('a whole joint session driven from the keyboard, followed live on the audience page', async ({
  app,
}) => {
  let page = app.page
  await seedClient(page)
  await createWorkshop(page, 'test-results/screens/workshop-setup.png')
  const audience = await openAudience(page)
  await expect(audience.getByRole('heading', { level: 1 })).toHaveText('Purpose')

  await pressShortcut(page, 'Space')
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  await pressShortcut(page, 'ArrowRight')
  await expect(audience.getByRole('heading', { level: 1 })).toHaveText('Activities')

  await page.getByRole('button', { name: 'Call next person' }).click()
  await addActivity(page, 'Weekly lead hand-over call', 'Continue', 'Ana Souza')
  await addActivity(page, 'Cold leads sent without context', 'Stop', 'Chloé Martin')
  await addActivity(page, 'Shared campaign calendar', 'Improve', 'Björn Ek')
  await addActivity(page, 'Win-loss notes for marketing', 'Continue', 'Dmitri Volkov')
  await expect(audience.getByRole('region', { name: 'Continue (2)' })).toContainText(
    'Weekly lead hand-over call',
  )
  await expect(audience.getByRole('region', { name: 'Stop (1)' })).toContainText(
    'Cold leads sent without context',
  )
  await expect(audience.getByRole('region', { name: 'Improve (1)' })).toContainText(
    'Shared campaign calendar',
  )
  await expect(audience.getByText('Everyone has contributed')).toBeVisible()

  await pressShortcut(page, 'b')
  await expect(audience.getByRole('main', { name: 'Audience view (blank)' })).toBeVisible()
  await expect(audience.getByText('Weekly lead hand-over call')).toHaveCount(0)
  await pressShortcut(page, '.')
  await expect(audience.getByRole('main', { name: 'Audience view' })).toBeVisible()

  await page.screenshot({ path: 'test-results/screens/console-light.png' })
  await audience.screenshot({ path: 'test-results/screens/audience-light.png' })
  await setTheme(page, 'Projector (high contrast)')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector')
  await expect(audience.locator('html')).toHaveAttribute('data-theme', 'projector')
  await page.screenshot({ path: 'test-results/screens/console-projector.png' })
  await audience.screenshot({ path: 'test-results/screens/audience-projector.png' })

  await pressShortcut(page, 'PageDown')
  await expect(audience.getByRole('heading', { level: 1 })).toHaveText('Goals')
  await page.getByRole('button', { name: 'Add a goal' }).click()
  await page.getByLabel('Goal 1 title').fill('Every qualified lead followed up within two days')
  await page
    .getByLabel('Goal 1 criteria — how the team will know it is met')
    .fill('CRM shows 90 % of MQLs contacted within 48 h')
  await setGoalDates(page, 1, '2026-12-01', '2027-03-31')
  await page.getByRole('button', { name: 'Confirm goal 1' }).click()
  await expect(page.getByRole('alert')).toContainText('needs at least one activity')
  await page
    .getByRole('checkbox', { name: /Weekly lead hand-over call/ })
    .first()
    .check()
  await page.getByRole('button', { name: 'Confirm goal 1' }).click()
  await expect(page.getByRole('article', { name: 'Goal 1' }).getByText('Confirmed')).toBeVisible()

  await page.getByRole('button', { name: 'Add a goal' }).click()
  await page.getByLabel('Goal 2 title').fill('One shared campaign calendar')
  await page
    .getByLabel('Goal 2 criteria — how the team will know it is met')
    .fill('Calendar used in both weekly meetings')
  await setGoalDates(page, 2, '2026-12-01', '2027-03-31')
  await page
    .getByRole('article', { name: 'Goal 2' })
    .getByRole('checkbox', { name: /Shared campaign calendar/ })
    .check()
  await expect(page.getByRole('article', { name: 'Goal 2' })).toContainText(
    'comes from sales alone',
  )
  await page
    .getByRole('article', { name: 'Goal 2' })
    .getByRole('checkbox', { name: /Win-loss notes/ })
    .check()
  await expect(page.getByRole('article', { name: 'Goal 2' })).not.toContainText(
    'comes from sales alone',
  )
  await page.getByRole('button', { name: 'Confirm goal 2' }).click()
  await expect(
    audience.getByRole('heading', { name: /One shared campaign calendar/ }),
  ).toBeVisible()

  await pressShortcut(page, 'ArrowRight')
  await expect(page.getByRole('tab', { name: 'Owners & commitments' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  for (const [i, owner] of ['Ana Souza', 'Chloé Martin', 'Björn Ek', 'Dmitri Volkov'].entries()) {
    await page.getByLabel(`Owner of activity ${i + 1}`).selectOption({ label: owner })
    await page.getByLabel(`Due date of activity ${i + 1}`).fill('2026-12-15')
  }
  for (const name of ['Ana Souza', 'Björn Ek', 'Chloé Martin', 'Dmitri Volkov']) {
    await page.getByLabel(`${name}’s commitment`).fill(`${name.split(' ')[0]} will do their part`)
    await page.getByLabel(`${name} commits`).check()
  }
  await expect(
    audience.getByText('Committed: Ana Souza, Björn Ek, Chloé Martin, Dmitri Volkov'),
  ).toBeVisible()

  // The host dies mid-phase; after a restart the console resumes with the right time left.
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible()
  page = await app.restart({ crash: true })
  await page.getByRole('link', { name: 'Nordlicht Media' }).click()
  await page.getByRole('link', { name: /^Team goals/ }).click()
  await expect(page.getByText('Phase 4 of 5 ·')).toBeVisible()
  const stored = JSON.parse(await readFile(await workshopFile(app.dataDir), 'utf8'))
  // The clock shows whole seconds rounded up, as read at some moment between `before` and
  // `after` (a busy machine can stretch that read); beyond that, it may be off by a clock tick
  // and the anchor taken from the host, together at most 0.75 s.
  const before = Date.now()
  const shown = toSeconds(await page.getByRole('timer').innerText())
  const after = Date.now()
  expect(shown).toBeGreaterThanOrEqual(phaseRemainingMs(stored.timer, after) / 1000 - 0.75)
  expect(shown).toBeLessThanOrEqual(phaseRemainingMs(stored.timer, before) / 1000 + 1 + 0.75)
  await expect(page.getByLabel('Owner of activity 1')).toHaveValue(/.+/)

  await pressShortcut(page, 'ArrowRight')
  await page.getByLabel('First review').fill('2027-01-10')
  await page.getByLabel('Second review').fill('2027-02-10')
  await page.getByLabel('Eva Lind (manager) supports the goals').check()
  await page.getByLabel('Ana Souza supports the goals').check()
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible()
  await finishSession(page)
  await page.getByRole('link', { name: 'Open the summary' }).click()
  await expect(page.getByRole('heading', { name: /Summary/ })).toBeVisible()
  await expect(page.getByText('Every qualified lead followed up within two days')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/workshop-summary.png', fullPage: true })

  const final = JSON.parse(await readFile(await workshopFile(app.dataDir), 'utf8'))
  expect(final.board.goals).toHaveLength(2)
  expect(final.board.reviewDates.slice(0, 2)).toEqual(['2027-01-10', '2027-02-10'])
  expect(final.timer.status).toBe('finished')
})

const toSeconds = (text: string) => {
  const clock = /[+]?\d\d:\d\d/.exec(text)?.[0] ?? ''
  const [m, s] = clock.replace('+', '').split(':').map(Number)
  return (clock.startsWith('+') ? -1 : 1) * (m! * 60 + s!)
}

const workshopFile = async (dataDir: string) => {
  const { readdir } = await import('node:fs/promises')
  const root = join(dataDir, 'workshops')
  const [client] = await readdir(root)
  const [file] = (await readdir(join(root, client!))).filter((f) => f.endsWith('.json'))
  return join(root, client!, file!)
}
