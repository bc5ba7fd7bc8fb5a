import type { Page } from '@playwright/test'
import { mkdir } from 'node:fs/promises'
import type { AppUnderTest } from './fixtures'
import { expect } from './fixtures'

export const TEAM: [string, string][] = [
  ['Ana Souza', 'Sales'],
  ['Björn Ek', 'Sales'],
  ['Chloé Martin', 'Marketing'],
  ['Dmitri Volkov', 'Marketing'],
  ['Eva Lind', 'Management'],
]

/** A client with a five-person team, entered through the UI as a consultant would. */
export const seedClient = async (page: Page, name = 'Nordlicht Media', team = TEAM) => {
  const newClient = page.getByRole('form', { name: 'New client' })
  await newClient.getByLabel('Company name').fill(name)
  await newClient.getByRole('button', { name: 'Add client' }).click()
  const form = page.getByRole('form', { name: 'Add a team member' })
  for (const [member, dept] of team) {
    await form.getByLabel('Name').fill(member)
    await form.getByLabel('Department').selectOption({ label: dept })
    await form.getByRole('button', { name: 'Add member' }).click()
    await expect(page.getByRole('rowheader', { name: member })).toBeVisible()
  }
}

/** From the client page: a joint workshop with the default plan and Eva as the manager. */
export const createWorkshop = async (page: Page, screenshot?: string) => {
  await page.getByRole('link', { name: 'New goal workshop' }).click()
  await page
    .getByLabel('Manager who supports the goals')
    .selectOption({ label: 'Eva Lind (Management)' })
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true })
  await page.getByRole('button', { name: 'Create workshop' }).click()
  await expect(page.getByRole('main', { name: 'Facilitator console' })).toBeVisible()
}

export const openAudience = async (page: Page) => {
  const opened = page.context().waitForEvent('page')
  await page.getByRole('button', { name: 'Open audience view' }).click()
  const audience = await opened
  await audience.setViewportSize({ width: 1280, height: 720 })
  await expect(audience.getByRole('main', { name: 'Audience view' })).toBeVisible()
  return audience
}

export const addActivity = async (page: Page, text: string, kind: string, by: string) => {
  const form = page.getByRole('form', { name: 'Add an activity' })
  await form.getByLabel('Kind').selectOption({ label: kind })
  await form.getByLabel('Proposed by').selectOption({ label: by })
  await form.getByLabel('Activity').fill(text)
  await form.getByLabel('Activity').press('Enter')
  await expect(page.getByText(text, { exact: true }).first()).toBeVisible()
}

/** Shortcuts are ignored while a field has focus, as they must be: give the page the focus first. */
export const pressShortcut = async (page: Page, key: string) => {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press(key)
}

/** Changes the theme in Settings and comes back to where the page was. */
export const setTheme = async (page: Page, label: string) => {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click()
  await page.getByLabel('Theme').selectOption({ label })
  await page.goBack()
}

/** Opens Settings from the main navigation. */
export const openSettings = async (page: Page) => {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
}

/**
 * Points the app at another data folder without copying: an empty folder is a fresh library. The
 * folder is made first, as a person would; in Electron it is chosen through the (stubbed) picker.
 */
export const useDataFolder = async (page: Page, path: string, app: AppUnderTest) => {
  await mkdir(path, { recursive: true })
  await openSettings(page)
  const electron = app.electron?.()
  if (electron) {
    await electron.evaluate(({ dialog }, picked) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [picked] })) as never
    }, path)
    await page.getByRole('button', { name: 'Choose folder…' }).click()
    await expect(page.getByLabel('New data folder')).toHaveValue(path)
  } else await page.getByLabel('New data folder').fill(path)
  await page.getByRole('checkbox', { name: /Copy my current library/ }).uncheck()
  await page.getByRole('button', { name: 'Use this folder' }).click()
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(
    `The library now lives in ${path}`,
  )
}

/** A goal needs a begin and an end before it can be confirmed; reviews fall between them. */
export const setGoalDates = async (
  page: Page,
  n: number,
  begins = '2027-01-04',
  ends = '2027-06-30',
) => {
  await page.getByLabel(`Goal ${n} begins`).fill(begins)
  await page.getByLabel(`Goal ${n} ends`).fill(ends)
}

/** Finish from the console's button: it asks first, and the answer is yes. */
export const finishSession = async (page: Page) => {
  await page.getByRole('button', { name: 'Finish session' }).click()
  await page
    .getByRole('dialog', { name: 'Finish the session?' })
    .getByRole('button', { name: 'Finish session' })
    .click()
}
