import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { fonts, pageCount, pageSizePts, pdfInfo, qpdfCheck } from '../support/pdf-tools'
import { expect, test } from './fixtures'
import { createWorkshop, seedClient, TEAM } from './steps'

const filesIn = async (dir: string, ext: string) =>
  (await readdir(dir).catch(() => [])).filter((f) => f.endsWith(ext)).sort()

const screens = async (page: Page, name: string) => {
  await page.evaluate(() => document.fonts.ready)
  for (const [w, h] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h })
    await page.screenshot({ path: `test-results/screens/${name}-${w}.png`, fullPage: true })
  }
  await page.setViewportSize({ width: 1280, height: 720 })
}

/** Settings → Preferences: one choice at a time, each saved as it changes. */
const setRegion = async (page: Page, locale: string) => {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click()
  const region = page.getByLabel('Language and region')
  await region.fill(locale)
  await region.blur()
  await expect(page.getByLabel('Dates')).toContainText(
    locale === 'de-DE' ? '15.12.2026' : 'Dec 15, 2026',
  )
}

test('hands out blank sheets before the session, asking the facilitator’s name once, on the region’s paper', async ({
  app,
}) => {
  const { page } = app
  await app.answerSaveDialogs()
  await setRegion(page, 'en-US')
  await screens(page, 'settings-formats')
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Clients' })
    .click()
  await seedClient(page)
  await createWorkshop(page)

  const handouts = page.getByRole('region', { name: 'Hand-outs for the start' })
  await expect(handouts.getByRole('radio', { name: 'US Letter' })).toBeChecked()
  await handouts.getByLabel(/Your name, printed as the facilitator/).fill('Françoise Lefèvre')
  await screens(page, 'console-handouts')
  await handouts.getByRole('button', { name: /blank goal sheets/ }).click()
  await expect(handouts.getByRole('status')).toContainText(`Saved ${TEAM.length} pages`)
  const [pdf] = await filesIn(app.exportsDir, '.pdf')
  expect(pdf).toMatch(/blank goal sheets\.pdf$/)
  const path = join(app.exportsDir, pdf!)
  qpdfCheck(path)
  expect(fonts(path).every((f) => f.embedded)).toBe(true)
  expect(pageSizePts(path)).toEqual([612, 792])
  expect(pageCount(path)).toBe(TEAM.length)
  expect(pdfInfo(path)).toMatchObject({ tagged: 'yes', author: 'Françoise Lefèvre' })
  // Remembered: the next print does not ask again.
  await page.reload()
  await expect(page.getByRole('region', { name: 'Hand-outs for the start' })).toBeVisible()
  await expect(page.getByLabel(/Your name, printed as the facilitator/)).toHaveCount(0)
})

test('shows dates in the chosen region on screen and exports the report and a workbook from follow-up', async ({
  app,
}) => {
  const { page } = app
  await app.answerSaveDialogs()
  await page.getByRole('button', { name: 'Show me a sample client' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Sample: Nordwind/ })).toBeVisible()
  await setRegion(page, 'de-DE')
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Clients' })
    .click()
  await page.getByRole('link', { name: /Sample: Nordwind/ }).click()
  // The client's history reads in German order: "23.11.2026", never "2026-11-23".
  await expect(page.getByRole('main')).toContainText(/\d{2}\.\d{2}\.\d{4}/)
  await expect(page.getByRole('main')).not.toContainText(/next \d{4}-\d{2}-\d{2}/)

  await page.getByRole('link', { name: 'Open follow-up' }).first().click()
  await page.getByRole('tab', { name: 'Exports' }).click()
  const report = page.getByRole('region', { name: 'Engagement report (PDF)' })
  await expect(report.getByRole('radio', { name: 'A4' })).toBeChecked()
  await report.getByLabel(/Your name, printed as the facilitator/).fill('Eva Lind')
  await screens(page, 'followup-exports')
  await report.getByRole('button', { name: /engagement report/ }).click()
  await expect(report.getByRole('status')).toContainText(/Saved \d+ pages/)
  const [pdf] = await filesIn(app.exportsDir, '.pdf')
  const path = join(app.exportsDir, pdf!)
  qpdfCheck(path)
  expect(pdfInfo(path)).toMatchObject({ tagged: 'yes', author: 'Eva Lind' })
  expect(pageSizePts(path)).toEqual([595.28, 841.89])

  const sheet = page.getByRole('region', { name: 'Export actions as a spreadsheet' })
  await expect(sheet.getByRole('radio', { name: /Excel workbook/ })).toBeChecked()
  await sheet.getByRole('button', { name: /actions \(\.xlsx\)/ }).click()
  await expect(sheet.getByRole('status')).toContainText('Saved to')
  expect(await filesIn(app.exportsDir, '.xlsx')).toHaveLength(1)
})
