import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const addClient = async (page: Page, name: string, industry = '') => {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Clients' })
    .click()
  // The route changes on the hash event, a moment after the click: until then the previous
  // client's details form has a "Company name" too, so the typing is aimed at the new-client form.
  const form = page.getByRole('form', { name: 'New client' })
  await form.getByLabel('Company name').fill(name)
  if (industry) await form.getByLabel('Industry').fill(industry)
  await form.getByRole('button', { name: 'Add client' }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
}

const addMember = async (page: Page, name: string, department: string, role: string) => {
  const form = page.getByRole('form', { name: 'Add a team member' })
  await form.getByLabel('Name').fill(name)
  await form.getByLabel('Department').selectOption({ label: department })
  await form.getByLabel('Role').fill(role)
  await form.getByRole('button', { name: 'Add member' }).click()
  await expect(page.getByRole('rowheader', { name })).toBeVisible()
}

test('a new user creates a client with three members, edits, deletes with undo, and finds it all after a restart', async ({
  app,
}) => {
  let page = app.page
  await expect(page.getByRole('heading', { name: 'No clients yet' })).toBeVisible()
  await addClient(page, 'Müller & Søn Logistik', 'Freight')

  await addMember(page, 'Françoise Lefèvre', 'Marketing', 'Content lead')
  await addMember(page, 'Łukasz Wójcik', 'Sales', 'Account executive')
  await addMember(page, '佐藤 花子', 'Management', 'Sales director')
  await expect(page.getByRole('heading', { name: 'Team members (3)' })).toBeVisible()

  await page.getByRole('button', { name: 'Edit Łukasz Wójcik' }).click()
  await page.getByLabel('Edit Łukasz Wójcik: Role').fill('Key account manager')
  await page.getByRole('button', { name: 'Save member' }).click()
  await expect(page.getByRole('cell', { name: 'Key account manager' })).toBeVisible()

  await page.getByRole('button', { name: 'Remove 佐藤 花子' }).click()
  await expect(page.getByRole('heading', { name: 'Team members (2)' })).toBeVisible()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('heading', { name: 'Team members (3)' })).toBeVisible()

  await page.getByRole('button', { name: 'Delete client' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Delete client' }).click()
  await expect(page.getByRole('heading', { name: 'No clients yet' })).toBeVisible()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Müller & Søn Logistik' })).toBeVisible()

  page = await app.restart()
  await page.getByRole('link', { name: 'Müller & Søn Logistik' }).click()
  await expect(page.getByRole('heading', { name: 'Team members (3)' })).toBeVisible()
  for (const name of ['Françoise Lefèvre', 'Łukasz Wójcik', '佐藤 花子']) {
    await expect(page.getByRole('rowheader', { name })).toBeVisible()
  }
  await expect(page.getByRole('cell', { name: 'Key account manager' })).toBeVisible()
  await page.evaluate(() => document.fonts.ready)
  await page.screenshot({ path: 'test-results/screens/client-page.png', fullPage: true })
})

test('a damaged client file is reported by name, moved aside, and the other clients still open', async ({
  app,
}) => {
  let page = app.page
  await addClient(page, 'Alpha Corp')
  await addClient(page, 'Beta GmbH')
  const betaId = page.url().split('/clients/')[1]!
  const betaFile = join(app.dataDir, 'clients', `${betaId}.json`)
  const intact = await readFile(betaFile, 'utf8')
  await writeFile(betaFile, intact.slice(0, intact.length / 2))

  page = await app.restart()
  const problems = page.getByRole('alert', { name: 'Library problems' })
  await expect(problems).toContainText('Beta GmbH')
  await expect(problems).toContainText('moved aside')
  await expect(page.getByRole('link', { name: 'Alpha Corp' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Beta GmbH' })).toHaveCount(0)
  const kept = (await readdir(join(app.dataDir, 'clients'))).filter((f) => f.includes('.corrupt-'))
  expect(kept).toHaveLength(1)
  await page.screenshot({ path: 'test-results/screens/library-problem.png' })
})

test('a client saved by a newer version opens read-only with a clear message', async ({ app }) => {
  let page = app.page
  await addClient(page, 'Gamma Ltd')
  const id = page.url().split('/clients/')[1]!
  const file = join(app.dataDir, 'clients', `${id}.json`)
  const data = JSON.parse(await readFile(file, 'utf8'))
  await writeFile(file, JSON.stringify({ ...data, schemaVersion: 99, futureField: true }))

  page = await app.restart()
  await expect(page.getByRole('alert', { name: 'Library problems' })).toContainText('newer version')
  await page.getByRole('link', { name: 'Gamma Ltd' }).click()
  await expect(page.getByText('saved by a newer version of Smartketing Workshop')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Delete client' })).toHaveCount(0)
  expect(JSON.parse(await readFile(file, 'utf8')).schemaVersion).toBe(99)
})

test('search, sort and the archive filter narrow the client list', async ({ app }) => {
  const page = app.page
  await addClient(page, 'Zoë Design', 'Agency')
  await addClient(page, 'Łódź Foods', 'Food')
  await page.getByRole('button', { name: 'Archive client' }).click()
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Clients' })
    .click()
  const list = page.getByRole('list', { name: 'Clients' })
  await expect(list.getByRole('link')).toHaveText(['Zoë Design'])
  await page.getByLabel('Show').selectOption({ label: 'All clients' })
  await expect(list.getByRole('link')).toHaveText(['Łódź Foods', 'Zoë Design'])
  await page.getByLabel('Search clients').fill('lodz')
  await expect(list.getByRole('link')).toHaveText(['Łódź Foods'])
})
