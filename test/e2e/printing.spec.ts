import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import {
  allText,
  fonts,
  pageCount,
  pageSizePts,
  qpdfCheck,
  squash,
  toPngs,
} from '../support/pdf-tools'
import { expect, test } from './fixtures'
import { addActivity, createWorkshop, seedClient, TEAM, setGoalDates } from './steps'

const pdfsIn = async (dir: string) =>
  (await readdir(dir).catch(() => [])).filter((f) => f.endsWith('.pdf')).sort()

/** One goal built from two activities, plus an activity with an emoji that pdfkit cannot draw. */
const buildBoard = async (page: Page) => {
  await page.getByRole('tab', { name: 'Activities' }).click()
  await addActivity(page, 'Weekly lead hand-over call', 'Continue', 'Ana Souza')
  await addActivity(page, 'Shared campaign calendar', 'Improve', 'Chloé Martin')
  await addActivity(page, 'Team lunch after launch 🎉', 'Continue', 'Björn Ek')
  await page.getByRole('tab', { name: 'Goals' }).click()
  await page.getByRole('button', { name: 'Add a goal' }).click()
  await page.getByLabel('Goal 1 title').fill('Every qualified lead followed up within two days')
  await page
    .getByLabel('Goal 1 criteria — how the team will know it is met')
    .fill('CRM shows 90 % of leads contacted within 48 hours')
  const goal = page.getByRole('article', { name: 'Goal 1' })
  await goal.getByRole('checkbox', { name: /Weekly lead hand-over call/ }).check()
  await goal.getByRole('checkbox', { name: /Shared campaign calendar/ }).check()
  await goal.getByRole('checkbox', { name: /Team lunch after launch/ }).check()
  await setGoalDates(page, 1)
  await page.getByRole('button', { name: 'Confirm goal 1' }).click()
  await expect(goal.getByText('Confirmed')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible()
}

test('exports the whole packet and one person’s sheet from the client history', async ({ app }) => {
  const { page } = app
  await app.answerSaveDialogs()
  await seedClient(page)
  await createWorkshop(page)
  await buildBoard(page)

  // Later, from the client's page: the workshop was never finished, it can still be printed.
  await page.getByRole('link', { name: 'Clients' }).click()
  await page.getByRole('link', { name: 'Nordlicht Media' }).click()
  await page.getByRole('link', { name: /^Summary and printing/ }).click()
  const panel = page.getByRole('region', { name: 'Print goal sheets' })
  // The paper starts as the region's (Letter in the US, A4 elsewhere); this packet goes on A4.
  await panel.getByRole('radio', { name: 'A4' }).check()
  await expect(panel.getByRole('radio', { name: /Everything/ })).toBeChecked()

  // The emoji cannot be printed: the facilitator is told before any file is written.
  await panel.getByRole('button', { name: /Export PDF|Save PDF/ }).click()
  const warning = panel.getByRole('alert')
  await expect(warning).toContainText('Some text will not print as typed')
  await expect(warning).toContainText('🎉')
  expect(await pdfsIn(app.exportsDir)).toEqual([])
  await warning.getByRole('button', { name: 'Print anyway' }).click()
  await expect(panel.getByRole('status')).toContainText(/Saved \d+ pages to/)
  await page.screenshot({ path: 'test-results/screens/print-panel.png', fullPage: true })

  const [packet] = await pdfsIn(app.exportsDir)
  expect(packet).toMatch(/^Nordlicht Media .*goal sheets\.pdf$/)
  const packetPath = join(app.exportsDir, packet!)
  qpdfCheck(packetPath)
  expect(fonts(packetPath).every((f) => f.embedded)).toBe(true)
  expect(pageSizePts(packetPath)).toEqual([595.28, 841.89])
  // The team summary, then one sheet for each of the five people (manager included).
  expect(pageCount(packetPath)).toBeGreaterThanOrEqual(1 + TEAM.length)
  const text = squash(allText(packetPath))
  for (const [name] of TEAM) expect(text).toContain(name)
  expect(text).toContain('Every qualified lead followed up within two days')
  toPngs(packetPath, 'e2e-packet')

  // One person on US Letter; the emoji sits in the goal everybody's sheet shows, so it warns again.
  await panel.getByRole('radio', { name: 'One person’s goal sheet' }).check()
  await panel.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Dmitri Volkov' })
  await panel.getByRole('radio', { name: 'US Letter' }).check()
  await panel.getByRole('button', { name: /Export PDF|Save PDF/ }).click()
  await expect(panel.getByRole('alert')).toContainText('🎉')
  await panel.getByRole('button', { name: 'Print anyway' }).click()
  await expect(panel.getByRole('status')).toContainText('Dmitri Volkov')

  const files = await pdfsIn(app.exportsDir)
  expect(files).toHaveLength(2)
  const single = join(
    app.exportsDir,
    files.find((f) => f.includes('Dmitri Volkov'))!,
  )
  qpdfCheck(single)
  expect(pageSizePts(single)).toEqual([612, 792])
  const sheet = squash(allText(single))
  expect(sheet).toContain('Goal sheet')
  expect(sheet).toContain('Dmitri Volkov')
  expect(sheet).toContain('Every qualified lead followed up within two days')
})
