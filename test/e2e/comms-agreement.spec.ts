import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { allText, qpdfCheck, squash, toPngs } from '../support/pdf-tools'
import { expect, test } from './fixtures'
import { openAudience, seedClient, finishSession, pressShortcut } from './steps'

const SALES = ['Ana Souza', 'Björn Ek', 'Carla Ruiz']
const MARKETING = ['Chloé Martin', 'Dmitri Volkov', 'Emre Kaya']
const TEAM: [string, string][] = [
  ...SALES.map((n): [string, string] => [n, 'Sales']),
  ...MARKETING.map((n): [string, string] => [n, 'Marketing']),
]

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible()

/** Scores by value: 1 = never if I can help it … 5 = always. */
const rate = (page: Page, person: string, channel: string, score: number) =>
  page
    .getByRole('combobox', { name: `${person}: ${channel}`, exact: true })
    .selectOption(String(score))

const checks = (page: Page) => page.getByRole('list', { name: 'Warnings' })
const warning = (page: Page, text: string | RegExp) =>
  checks(page).getByRole('listitem').filter({ hasText: text })

const level = (page: Page, name: string): Locator => page.getByRole('group', { name, exact: true })

test('a sales and marketing team builds its communication agreement in a timed session', async ({
  app,
}) => {
  let page = app.page
  await app.answerSaveDialogs()
  await seedClient(page, 'Nordlicht Media', TEAM)

  await page.getByRole('button', { name: 'New communication agreement' }).click()
  await page.getByRole('button', { name: 'Create agreement' }).click()
  await expect(page.getByRole('heading', { name: 'How we reach each other' })).toBeVisible()
  await page.getByRole('button', { name: 'Run as a timed session' }).click()
  await expect(page.getByText('Plan · 20 min in 5 phases')).toBeVisible()
  await page.getByRole('button', { name: 'Open the session console' }).click()
  await expect(page.getByRole('main', { name: 'Facilitator console' })).toBeVisible()
  const audience = await openAudience(page)
  await page.getByRole('button', { name: 'Start', exact: true }).click()

  // Phase 1: everyone rates the channels; the projector's heat map follows.
  await expect(page.getByRole('tab', { name: 'Preferences' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  for (const [i, person] of [...SALES, ...MARKETING].entries()) {
    await rate(page, person, 'Email', i < 4 ? 1 : 4)
    await rate(page, person, 'Phone call', i < 3 ? 5 : 2)
  }
  await page.getByRole('button', { name: 'Notes from Chloé Martin' }).click()
  await page.getByLabel('Chloé Martin: note on Phone call').fill('Calls break my focus before noon')
  await saved(page)
  // One table, people grouped by department, each department with its average.
  const salesMap = audience.getByRole('table', { name: 'Heat map of channel preferences' })
  const marketingMap = salesMap
  await expect(
    salesMap.getByRole('cell', { name: 'Ana Souza, Email: Never if I can help it' }),
  ).toHaveText('1')
  await expect(salesMap.getByRole('cell', { name: 'Sales average, Phone call: 5.0' })).toBeVisible()
  // Six names do not fit across 1280 px at back-row size: the map pages, and says so.
  await expect(audience.getByLabel('Board pages')).toHaveText(/Page 1 of 2 · \+\d+ more/)
  await pressShortcut(page, 'ArrowDown')
  await expect(
    marketingMap.getByRole('cell', { name: 'Emre Kaya, Phone call: Rarely' }),
  ).toHaveText('2')
  await expect(
    marketingMap.getByRole('cell', { name: 'Marketing average, Email: 3.0' }),
  ).toBeVisible()
  await rate(page, 'Emre Kaya', 'Phone call', 3)
  await expect(
    marketingMap.getByRole('cell', { name: 'Emre Kaya, Phone call: Sometimes' }),
  ).toHaveText('3')
  await audience.screenshot({ path: 'test-results/screens/comms-heat-map.png' })

  // Phase 2: a chat tool joins the channels.
  await page.getByRole('button', { name: 'Next phase →' }).click()
  await expect(page.getByRole('tab', { name: 'Channels' })).toHaveAttribute('aria-selected', 'true')
  await page.getByLabel('New channel').fill('Team chat')
  await page.getByRole('button', { name: 'Add channel' }).click()
  await expect(page.getByRole('rowheader', { name: 'Team chat' })).toBeVisible()
  await page.getByLabel('New channel').fill('team chat')
  await page.getByRole('button', { name: 'Add channel' }).click()
  await expect(page.getByRole('alert')).toHaveText('“team chat” is already on the list.')
  await page.getByLabel('Use Social media').uncheck()
  await expect(audience.getByText(/In use: .*Team chat \(fast\)/)).toBeVisible()

  // Phase 3: levels. Four of six never want email, and two levels rely on it.
  await page.getByRole('button', { name: 'Next phase →' }).click()
  await expect(warning(page, /This week/)).toBeVisible()
  await expect(warning(page, /FYI/)).toBeVisible()
  await level(page, 'This week').getByLabel('First channel').selectOption({ label: 'Team chat' })
  await level(page, 'FYI').getByLabel('First channel').selectOption({ label: 'Team chat' })
  await expect(warning(page, /This week/)).toHaveCount(0)
  await expect(checks(page)).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Checks: nothing to fix' })).toBeVisible()

  const urgent = level(page, 'Urgent')
  await urgent.getByLabel('First channel').selectOption({ label: 'Written note' })
  await urgent.getByLabel('If no answer').selectOption({ label: 'Voicemail' })
  await expect(warning(page, /relies on written note and voicemail only/)).toBeVisible()
  await urgent.getByLabel('First channel').selectOption({ label: 'Phone call' })
  await urgent.getByLabel('If no answer').selectOption({ label: 'Team chat' })
  await expect(checks(page)).toHaveCount(0)

  await level(page, 'Today').getByLabel('Answer within').selectOption({ label: 'Not agreed' })
  await expect(warning(page, /“Today” has no response time/)).toBeVisible()
  await level(page, 'Today').getByLabel('Answer within').selectOption({ label: '2 working days' })
  await expect(warning(page, /longer than a working day/)).toBeVisible()
  await level(page, 'Today').getByLabel('Answer within').selectOption({ label: '2 h' })
  await expect(checks(page)).toHaveCount(0)
  await expect(audience.getByRole('table', { name: 'Message levels' })).toContainText('Team chat')
  await page.screenshot({ path: 'test-results/screens/comms-console-levels.png' })
  await audience.screenshot({ path: 'test-results/screens/comms-audience-levels.png' })

  // Phase 4: people. Björn coaches football on Tuesday evenings into the night.
  await page.getByRole('button', { name: 'Next phase →' }).click()
  await page.getByRole('button', { name: /^Björn Ek/ }).click()
  const bjorn = page.getByRole('group', { name: 'Björn Ek' })
  await bjorn.getByLabel('Time zone').fill('Europe/Berlin')
  // The rest of the team works on UTC, so Björn now starts an hour before anyone in marketing.
  await expect(
    warning(page, /Nobody in Marketing can be reached during Mon 08:00–09:00/),
  ).toBeVisible()
  await bjorn.getByRole('button', { name: 'Add a weekly off-grid time' }).click()
  await bjorn.getByLabel('Weekly block 1: day').selectOption({ label: 'Tue' })
  await bjorn.getByLabel('Weekly block 1: from').fill('16:00')
  await bjorn.getByLabel('Weekly block 1: until').fill('01:00')
  await bjorn.getByLabel('Weekly block 1: what').fill('Football coaching')
  await expect(bjorn.getByText('until the next day')).toBeVisible()
  await expect(
    warning(page, /Björn Ek is off the grid at times \(Football coaching\)/),
  ).toBeVisible()
  await bjorn.getByLabel('Urgent channel (also off the grid)').selectOption({ label: 'Phone call' })
  await bjorn.getByLabel('Urgent note').fill('Mobile, ring twice')
  await expect(warning(page, /Björn Ek/)).toHaveCount(0)
  await page.getByRole('button', { name: /^Chloé Martin/ }).click()
  await page.getByRole('group', { name: 'Chloé Martin' }).getByLabel('Starts work').fill('08:00')
  await expect(checks(page)).toHaveCount(0)
  await page.getByRole('button', { name: /^Emre Kaya/ }).click()
  await page.getByRole('group', { name: 'Emre Kaya' }).getByLabel('Time zone').fill('Mars/Olympus')
  await expect(page.getByText('“Mars/Olympus” is not a time zone this app knows')).toBeVisible()
  await page.getByRole('group', { name: 'Emre Kaya' }).getByLabel('Time zone').fill('Europe/London')
  await saved(page)
  await expect(audience.getByRole('table', { name: 'People' })).toContainText('Football coaching')
  await page.getByRole('button', { name: /^Björn Ek/ }).click()
  await page.screenshot({ path: 'test-results/screens/comms-console-people.png', fullPage: true })

  // Phase 5: check and agree. Publish, everyone acknowledges, the projector counts along.
  await page.getByRole('button', { name: 'Next phase →' }).click()
  await expect(page.getByRole('heading', { name: 'Checks: nothing to fix' })).toBeVisible()
  await page.getByLabel('What changed (optional)').fill('First agreement, workshop of 23 November')
  await page.getByRole('button', { name: 'Publish version 1' }).click()
  for (const person of [...SALES, ...MARKETING])
    await page.getByLabel(`${person} acknowledges version 1`).check()
  await expect(page.getByRole('heading', { name: 'Acknowledged version 1: 6 of 6' })).toBeVisible()
  await expect(audience.getByText('Version 1: 6 of 6 acknowledged')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/comms-console-agree.png', fullPage: true })
  await audience.screenshot({ path: 'test-results/screens/comms-audience-agree.png' })
  await finishSession(page)
  await page.getByRole('link', { name: 'Open the agreement' }).click()
  await expect(page.getByRole('heading', { name: 'How we reach each other' })).toBeVisible()

  // The printed agreement.
  await page.getByRole('tab', { name: 'Check & agree' }).click()
  const print = page.getByRole('region', { name: 'Print the agreement' })
  await expect(print.getByLabel('Version')).toHaveValue('1')
  await print.getByRole('button', { name: /Export agreement PDF|Save agreement as PDF/ }).click()
  await expect(print.getByRole('status')).toContainText(/Saved \d+ pages? to/)
  const pdf = (await readdir(app.exportsDir)).find((f) => f.endsWith('.pdf'))
  expect(pdf).toMatch(/^Nordlicht Media How we reach each other v1\.pdf$/)
  const pdfPath = join(app.exportsDir, pdf!)
  qpdfCheck(pdfPath)
  const text = squash(allText(pdfPath))
  for (const person of [...SALES, ...MARKETING]) expect(text).toContain(person)
  for (const phrase of ['Team chat', 'Urgent', 'Football coaching', 'Mobile, ring twice'])
    expect(text).toContain(phrase)
  toPngs(pdfPath, 'e2e-agreement')

  // Everything survives a restart.
  page = await app.restart()
  await page.getByRole('link', { name: 'Nordlicht Media' }).click()
  await page.getByRole('link', { name: 'How we reach each other' }).click()
  await expect(page.getByRole('combobox', { name: 'Ana Souza: Email', exact: true })).toHaveValue(
    '1',
  )
  await expect(
    page.getByRole('combobox', { name: 'Emre Kaya: Phone call', exact: true }),
  ).toHaveValue('3')
  await expect(page.getByText('version 1 published, 6 acknowledged')).toBeVisible()
  await page.getByRole('tab', { name: 'People' }).click()
  await page.getByRole('button', { name: /^Björn Ek/ }).click()
  await expect(page.getByLabel('Weekly block 1: what')).toHaveValue('Football coaching')
  await page.getByRole('tab', { name: 'Channels' }).click()
  await expect(page.getByLabel('Use Team chat')).toBeChecked()
  await expect(page.getByLabel('Use Social media')).not.toBeChecked()
  await page.getByRole('tab', { name: 'Preferences' }).click()
  await page.screenshot({ path: 'test-results/screens/comms-agreement.png' })

  // The resolver: an urgent question at a moment of the consultant's choosing.
  await page.getByRole('tab', { name: 'Who to contact' }).click()
  const ask = page.getByRole('form', { name: 'Ask the agreement' })
  await ask.getByLabel('Message level').selectOption({ label: 'Urgent' })
  await ask.getByLabel('Who').selectOption({ label: 'Björn Ek' })
  await ask.getByLabel(/^When/).fill('2026-12-01T10:00')
  const answer = page.getByRole('region', { name: 'Answer' })
  // Björn's zone is Berlin; 10:00 for the consultant is within his day in any European zone.
  await expect(answer).toContainText(/Reachable · Björn Ek/)
  await expect(answer).toContainText('Phone call')
  await ask.getByLabel('Message level').selectOption({ label: 'This week' })
  await ask.getByLabel('Who').selectOption({ label: 'Marketing' })
  await ask.getByLabel(/^When/).fill('2026-12-05T11:00')
  await expect(answer).toContainText('Not reachable now')
  await expect(answer).toContainText('Team chat')
  await expect(answer).toContainText('Back at work')
  await page.screenshot({ path: 'test-results/screens/comms-resolver.png', fullPage: true })
  expect(app.offAppRequests).toEqual([])
})
