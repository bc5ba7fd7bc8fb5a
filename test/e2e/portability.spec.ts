import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { MAX_IMPORT_BYTES } from '../../shared/portability/export-file'
import { axeViolations } from './axe'
import { expect, test } from './fixtures'
import { addActivity, createWorkshop, openSettings, seedClient, useDataFolder } from './steps'

const CLIENT = 'Nordlicht Media'
const TEAM: [string, string][] = [
  ['Ana Souza', 'Sales'],
  ['Chloé Martin', 'Marketing'],
  ['Eva Lind', 'Management'],
]

const dismissToasts = async (page: Page) => {
  const dismiss = page
    .getByRole('status', { name: 'Notifications' })
    .getByRole('button', { name: 'Dismiss notification' })
  while ((await dismiss.count()) > 0) await dismiss.first().click()
}

/** What the person sees at 1280×720 with `what` at the top, kept with this test's other output. */
const shot = async (page: Page, name: string, what: Locator) => {
  if ((await page.getByRole('dialog').count()) === 0) await dismissToasts(page)
  await page.evaluate(() => document.fonts.ready)
  await what.evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await page.screenshot({ path: test.info().outputPath(`portability-${name}.png`) })
}

/** No serious or critical axe finding inside `selector`. */
const expectAccessible = async (page: Page, selector: string) => {
  const violations = await axeViolations(page, { include: selector })
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(blocking.map((v) => `${v.id}: ${v.help}`)).toEqual([])
}

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible()

/** Reads back the file an export status names, as the person would carry it to the other computer. */
const exportedText = async (status: Locator) => {
  const path = / to (\/.+\.smartketing\.json)/.exec((await status.textContent()) ?? '')?.[1]
  expect(path, 'the export status names the saved file').toBeTruthy()
  return readFile(path!, 'utf8')
}

const exportLibrary = async (page: Page) => {
  await openSettings(page)
  const section = page.getByRole('region', { name: 'Move to another computer' })
  await section.getByRole('button', { name: 'Export the whole library…' }).click()
  const status = section.getByRole('status').filter({ hasText: 'Exported' })
  await expect(status).toContainText('Exported 1 client (2 documents) to')
  return exportedText(status)
}

const chooseFile = async (page: Page, name: string, text: string) => {
  await openSettings(page)
  await page
    .getByRole('region', { name: 'Move to another computer' })
    .getByLabel('Import from a file…')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') })
}

const openClient = async (page: Page) => {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Clients' })
    .click()
  await page.getByRole('list', { name: 'Clients' }).getByRole('link', { name: CLIENT }).click()
  await expect(page.getByRole('heading', { level: 1, name: CLIENT })).toBeVisible()
}

const openWorkshop = async (page: Page) => {
  await openClient(page)
  await page
    .getByRole('list', { name: 'Workshops' })
    .getByRole('link', { name: /^Team goals/ })
    .click()
  await page.getByRole('tab', { name: 'Activities' }).click()
}

const saveNotes = async (page: Page, notes: string) => {
  await openClient(page)
  await page.getByLabel('Notes').fill(notes)
  await page.getByRole('button', { name: 'Save details' }).click()
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(`Saved ${CLIENT}`)
}

test('a library moves to another computer and back: preview, conflict, refusal and restore', async ({
  app,
}) => {
  const page = app.page
  await app.answerSaveDialogs()
  await seedClient(page, CLIENT, TEAM)
  await createWorkshop(page)
  const fromA = await exportLibrary(page)
  await shot(page, 'exported', page.getByRole('region', { name: 'Move to another computer' }))

  // "Laptop B": the same app on an empty data folder.
  await useDataFolder(page, join(app.folder, 'laptop-b'), app)
  const tampered = fromA.replace(`"name":"${CLIENT}"`, `"name":"${CLIENT.replace('M', 'N')}"`)
  expect(tampered).not.toEqual(fromA)
  await chooseFile(page, 'tampered.smartketing.json', tampered)
  const refusal = page.getByRole('alert')
  await expect(refusal).toContainText('“tampered.smartketing.json” was not imported.')
  await expect(refusal).toContainText('its checksum does not match')
  await expect(page.getByRole('button', { name: /^Import \d/ })).toHaveCount(0)
  await shot(page, 'refused', refusal)
  const huge = join(app.folder, 'huge.json')
  await writeFile(huge, Buffer.alloc(MAX_IMPORT_BYTES + 1, ' '))
  await page.getByLabel('Import from a file…').setInputFiles(huge)
  await expect(page.getByRole('alert')).toContainText(
    '“huge.json” is 50.1 MB, larger than an export can be (50 MB at most)',
  )
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Clients' })
    .click()
  await expect(page.getByRole('region', { name: 'No clients yet: how to start' })).toBeVisible()

  await chooseFile(page, 'laptop-a.smartketing.json', fromA)
  const preview = page.getByRole('region', { name: 'Before importing “laptop-a.smartketing.json”' })
  await expect(preview.getByRole('heading', { name: /^Before importing/ })).toBeFocused()
  await expect(preview.getByRole('list', { name: 'Summary' })).toContainText('2 new')
  await expect(preview.getByRole('rowheader', { name: CLIENT })).toBeVisible()
  await expect(preview.getByRole('row', { name: /^Client Nordlicht Media/ })).toContainText(
    'New: will be added',
  )
  await expect(preview.getByRole('row', { name: /^Goal workshop Team goals/ })).toContainText(
    'New: will be added',
  )
  await shot(page, 'preview-new', preview)
  await preview.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was imported' })).toBeVisible()
  await expect(page.getByLabel('Import from a file…')).toBeFocused()

  await chooseFile(page, 'laptop-a.smartketing.json', fromA)
  await preview.getByRole('button', { name: 'Import 2 changes' }).click()
  const result = page.getByRole('status').filter({ hasText: 'Imported' })
  await expect(result).toContainText('2 added · 0 updated · 0 kept as they are here')
  await expect(result).toContainText('backed up just before the import')
  await expect(result).toBeFocused()
  await shot(page, 'imported-new', result)

  await openWorkshop(page)
  await addActivity(page, 'Lead review every Monday', 'Continue', 'Ana Souza')
  await saved(page)
  await addActivity(page, 'Shared campaign calendar', 'Improve', 'Chloé Martin')
  await saved(page)
  await saveNotes(page, 'Notes typed on laptop B')
  await page.getByRole('button', { name: 'Export this client…' }).click()
  const clientStatus = page.getByRole('status').filter({ hasText: 'Exported' })
  await expect(clientStatus).toContainText('Exported 1 client (2 documents) to')
  await shot(page, 'client-export', page.getByRole('heading', { level: 1, name: CLIENT }))
  const fromB = await exportedText(clientStatus)

  // Back on laptop A, where the same workshop and the notes were changed later.
  await useDataFolder(page, app.dataDir, app)
  await openWorkshop(page)
  await addActivity(page, 'Cold leads sent without context', 'Stop', 'Ana Souza')
  await saved(page)
  await saveNotes(page, 'Notes typed on laptop A')

  await chooseFile(page, 'laptop-b.smartketing.json', fromB)
  const conflictPreview = page.getByRole('region', {
    name: 'Before importing “laptop-b.smartketing.json”',
  })
  await expect(conflictPreview.getByRole('list', { name: 'Summary' })).toContainText(
    '2 changed in both places',
  )
  // Both laptops saved the client once since the first import: neither copy is plainly newer.
  const clientConflict = conflictPreview.getByRole('group', { name: /^Client “Nordlicht Media”/ })
  await expect(clientConflict.getByRole('radio', { name: 'Keep mine' })).toBeChecked()
  await expect(conflictPreview.getByRole('row', { name: /^Client Nordlicht Media/ })).toContainText(
    'Changed in both places: keeping mine',
  )
  const conflict = conflictPreview.getByRole('group', { name: /^Goal workshop “Team goals/ })
  await expect(conflict).toContainText('On this computer')
  await expect(conflict).toContainText('In the file')
  await expect(conflict).toContainText('Saves')
  await expect(conflict.getByRole('radio', { name: 'Keep mine' })).toBeChecked()
  await expect(conflict).toContainText('Suggested: keep mine, the version changed last.')
  await expect(
    conflictPreview.getByText('Nothing in this file would change your library.'),
  ).toBeVisible()
  await conflict.getByRole('radio', { name: 'Take theirs' }).check()
  await shot(page, 'preview-conflict', conflict)
  await expectAccessible(page, '.import-preview')
  await conflictPreview.getByRole('button', { name: 'Import 1 change' }).click()
  const imported = page.getByRole('status').filter({ hasText: 'Imported' })
  await expect(imported).toContainText('0 added · 1 updated · 1 kept as they are here')

  await openWorkshop(page)
  await expect(page.getByText('Shared campaign calendar').first()).toBeVisible()
  await expect(page.getByText('Cold leads sent without context')).toHaveCount(0)
  await openClient(page)
  await expect(page.getByLabel('Notes')).toHaveValue('Notes typed on laptop A')

  // The import's own backup: its preview shows the workshop going back; Cancel changes nothing.
  await openSettings(page)
  await dismissToasts(page)
  const backups = page.getByRole('list', { name: 'Backups' })
  await backups
    .getByRole('button', { name: /^Restore backup of/ })
    .first()
    .click()
  const dialog = page.getByRole('dialog', { name: /^Restore the backup of/ })
  const replaced = dialog.getByRole('region', { name: 'Put back to the version in the backup' })
  await expect(replaced).toContainText(CLIENT)
  await expect(replaced).toContainText('Goal workshop “Team goals')
  await expect(dialog).toContainText('1 document is the same in both and stays as it is.')
  await shot(page, 'restore-preview', dialog)
  await expectAccessible(page, 'dialog')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(backups.getByRole('button', { name: /^Restore backup of/ }).first()).toBeFocused()
  await backups
    .getByRole('button', { name: /^Restore backup of/ })
    .first()
    .click()
  await expect(replaced).toContainText('Goal workshop “Team goals')
  await dialog.getByRole('button', { name: 'Restore backup' }).click()
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(
    'Restored the backup',
  )
  await openWorkshop(page)
  await expect(page.getByText('Cold leads sent without context').first()).toBeVisible()
  await expect(page.getByText('Shared campaign calendar')).toHaveCount(0)
})
