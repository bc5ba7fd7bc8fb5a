import type { Page } from '@playwright/test'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { OTHER_COMPUTER, SEEDED_CLIENT } from '../support/faults'
import { expect, test } from './fixtures'
import { unprivilegedUser } from '../support/nobody'

/**
 * Start-up and disk faults a consultant meets (a damaged settings file, a read-only folder, a
 * library another copy of the app holds, a full disk): each shows a clear message in the app, and
 * the library written before the fault loses nothing.
 */
const clientFile = (dataDir: string) => join(dataDir, 'clients', `${SEEDED_CLIENT.id}.json`)

const openSeededClient = async (page: Page) => {
  await page.getByRole('link', { name: SEEDED_CLIENT.name }).click()
  await expect(page.getByRole('heading', { level: 1, name: SEEDED_CLIENT.name })).toBeVisible()
  await expect(page.getByRole('rowheader', { name: 'Ana Souza' })).toBeVisible()
}

const addMember = async (page: Page, name: string) => {
  const form = page.getByRole('form', { name: 'Add a team member' })
  await form.getByLabel('Name').fill(name)
  await form.getByLabel('Department').selectOption({ label: 'Marketing' })
  await form.getByRole('button', { name: 'Add member' }).click()
  return form
}

test.describe('a damaged settings file', () => {
  test.use({ fault: 'corrupt-settings' })
  test('is set aside whole, the app starts with the defaults and says so', async ({ app }) => {
    const { page } = app
    const notice = page.getByRole('alert', { name: 'Library problems' })
    await expect(notice).toContainText('The settings file could not be read (it is not valid JSON)')
    await expect(notice).toContainText('default settings are used')
    const settings = join(app.folder, 'settings')
    const aside = (await readdir(settings)).filter((n) => n.includes('.corrupt-'))
    expect(aside).toHaveLength(1)
    expect(await readFile(join(settings, aside[0]!), 'utf8')).toBe('{"theme": "da')
    await openSeededClient(page)
  })
})

test.describe('a data folder that cannot be written', () => {
  test.use({ fault: 'read-only-folder' })
  const unprivileged = unprivilegedUser()
  test.skip(!unprivileged.possible, unprivileged.possible ? '' : unprivileged.reason)
  test('opens read-only, says why, and refuses edits without touching a file', async ({ app }) => {
    const { page } = app
    const before = await readFile(clientFile(app.dataDir), 'utf8')
    const notice = page.getByRole('alert', { name: 'Library is read-only' })
    await expect(notice).toContainText(
      'The data folder cannot be written (the app is not allowed to write there)',
    )
    await openSeededClient(page)
    const form = await addMember(page, 'Nora Neu')
    await expect(form.getByRole('alert')).toContainText('Not saved.')
    await expect(form.getByRole('alert')).toContainText('cannot be written')
    expect(await readFile(clientFile(app.dataDir), 'utf8')).toBe(before)
  })
})

test.describe('a library another copy of the app holds', () => {
  test.use({ fault: 'locked-library' })
  test('opens read-only, names the other computer, and changes nothing', async ({ app }) => {
    const { page } = app
    const lock = join(app.dataDir, '.smartketing-lock.json')
    const [client, held] = await Promise.all([
      readFile(clientFile(app.dataDir), 'utf8'),
      readFile(lock, 'utf8'),
    ])
    const notice = page.getByRole('alert', { name: 'Library is read-only' })
    await expect(notice).toContainText(`on the computer “${OTHER_COMPUTER}”`)
    await expect(notice).toContainText('no edit of either is lost')
    await page.getByLabel('Company name').fill('Neu AG')
    await page.getByRole('button', { name: 'Add client' }).click()
    await expect(page.getByRole('form', { name: 'New client' }).getByRole('alert')).toContainText(
      'The client was not added.',
    )
    await openSeededClient(page)
    expect(await readFile(clientFile(app.dataDir), 'utf8')).toBe(client)
    expect(await readFile(lock, 'utf8')).toBe(held)
    expect(await readdir(join(app.dataDir, 'clients'))).toEqual([`${SEEDED_CLIENT.id}.json`])
  })
})

test.describe('a disk that fills up during a session', () => {
  test.use({ fault: 'full-disk' })
  test('says nothing was saved, keeps the old file, and saves once there is room', async ({
    app,
  }) => {
    test.skip(!app.fillDisk, 'The full disk is simulated inside the loopback host only.')
    let page = app.page
    await openSeededClient(page)
    const before = await readFile(clientFile(app.dataDir), 'utf8')
    await app.fillDisk!(true)
    const form = await addMember(page, 'Nora Neu')
    await expect(form.getByRole('alert')).toContainText(
      'The disk is full; nothing was saved. Free some space and try again.',
    )
    expect(await readFile(clientFile(app.dataDir), 'utf8')).toBe(before)
    await app.fillDisk!(false)
    await form.getByRole('button', { name: 'Add member' }).click()
    await expect(page.getByRole('rowheader', { name: 'Nora Neu' })).toBeVisible()
    page = await app.restart()
    await openSeededClient(page)
    await expect(page.getByRole('rowheader', { name: 'Nora Neu' })).toBeVisible()
  })
})
