import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { pressShortcut } from './steps'

const SAMPLE = 'Sample: Nordwind Outdoor GmbH'
const WORKSHOP = 'Sales and marketing: shared goals for the season'

const screenshot = async (page: Page, name: string) => {
  await page.evaluate(() => document.fonts.ready)
  await page.screenshot({ path: `test-results/screens/first-run-${name}.png`, fullPage: true })
}

const backToClient = async (page: Page) => {
  await page.getByRole('link', { name: '← Client', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE })).toBeVisible()
}

test('a new user opens the sample from the start guide, looks around, and removes it in one click', async ({
  app,
}) => {
  const { page } = app
  const guide = page.getByRole('region', { name: 'No clients yet: how to start' })
  await expect(guide).toBeVisible()
  await expect(guide.getByRole('listitem')).toHaveCount(4)
  await screenshot(page, 'start-guide')

  await guide.getByRole('button', { name: 'Show me a sample client' }).click()
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE })).toBeVisible()
  const notice = page.getByRole('region', { name: 'Sample data' })
  await expect(notice).toContainText('This is sample data')
  await expect(page.getByRole('heading', { name: 'Team members (7)' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Workshops' })).toContainText('Finished')
  await expect(page.getByRole('list', { name: 'Agreements' })).toContainText(
    'Version 1 · 5 of 7 acknowledged',
  )
  await expect(page.getByRole('list', { name: 'Action-plan meetings' })).toContainText(
    'Action plans after the goal workshop',
  )
  await screenshot(page, 'sample-client')

  await page.getByRole('link', { name: WORKSHOP }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Summary: ${WORKSHOP}` })).toBeVisible()
  await expect(
    page.getByRole('heading', { name: /Every sales-ready lead gets a call/ }),
  ).toBeVisible()
  await backToClient(page)

  await page.getByRole('list', { name: 'Agreements' }).getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1, name: /How Nordwind/ })).toBeVisible()
  await page.goBack()

  await page.getByRole('link', { name: 'Open follow-up' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Follow-up: ${SAMPLE}` })).toBeVisible()
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE })).toBeVisible()

  // '?' outside a field opens the list; Escape closes it and the focus is back where it was.
  const allClients = page.getByRole('link', { name: '← All clients' })
  await allClients.focus()
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help).toBeVisible()
  await expect(help).toContainText('Next phase')
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
  await expect(allClients).toBeFocused()
  await page.getByRole('textbox', { name: 'Company name' }).focus()
  await page.keyboard.press('?')
  await expect(help).toBeHidden()

  await notice.getByRole('button', { name: 'Remove the sample' }).click()
  await expect(page.getByRole('region', { name: 'No clients yet: how to start' })).toBeVisible()
  await expect(page.getByText(/The sample is gone\. The library was backed up/)).toBeVisible()
  await expect(page.getByRole('link', { name: SAMPLE })).toHaveCount(0)
})

test('the console keeps one shortcut help: its own panel, never a second dialog', async ({
  app,
}) => {
  const { page } = app
  await page.getByRole('button', { name: 'Show me a sample client' }).click()
  await page.getByRole('link', { name: WORKSHOP }).click()
  await page.getByRole('link', { name: 'Edit the board' }).click()
  await expect(page.getByRole('main', { name: 'Facilitator console' })).toBeVisible()
  await pressShortcut(page, '?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(1)
  await pressShortcut(page, '?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0)

  await page.getByRole('link', { name: '← Client' }).click()
  await page.getByRole('link', { name: 'Clients', exact: true }).click()
  await expect(page.getByRole('region', { name: 'Sample data' })).toContainText(SAMPLE)
  await pressShortcut(page, '?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(1)
})
