import type { Page } from '@playwright/test'
import { axeViolations } from './axe'
import { expect, test } from './fixtures'
import {
  addActivity,
  createWorkshop,
  openAudience,
  pressShortcut,
  seedClient,
  setTheme,
  setGoalDates,
  finishSession,
} from './steps'

/**
 * Accessibility on every screen: axe-core finds no serious or critical violation, in light, dark and
 * projector themes where the room looks at it. The keyboard, reduced motion and the clock as a
 * screen reader hears it are in keyboard-and-motion.spec.ts; the import preview and the restore
 * dialog are audited in portability.spec.ts.
 */
test.describe.configure({ mode: 'parallel' })

const THEMES = [
  ['light', 'Light'],
  ['dark', 'Dark'],
  ['projector', 'Projector (high contrast)'],
] as const

const BLOCKING = new Set(['serious', 'critical'])

/** Every serious or critical axe violation on what the page shows now, one line per rule and node. */
const audit = async (page: Page, screen: string, findings: string[]) => {
  await page.evaluate(() => document.fonts.ready)
  const violations = await axeViolations(page)
  if (process.env['A11Y_DEBUG'])
    console.log(screen, violations.map((v) => `${v.id}:${v.impact}:${v.nodes.length}`).join(' '))
  for (const v of violations) {
    if (!BLOCKING.has(v.impact ?? '')) continue
    const nodes = v.nodes.map(
      (n) => `    ${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`,
    )
    findings.push(`${screen}: ${v.id} (${v.impact}) ${v.help}\n${nodes.join('\n')}`)
  }
}

const expectNoFindings = (findings: string[]) =>
  expect(findings, `axe found:\n${findings.join('\n')}`).toEqual([])

/** Runs `check` once per theme, then goes back to the light theme. */
const inEveryTheme = async (page: Page, check: (theme: string) => Promise<void>) => {
  for (const [id, label] of THEMES) {
    await setTheme(page, label)
    await expect(page.locator('html')).toHaveAttribute('data-theme', id)
    await check(id)
  }
  await setTheme(page, 'Light')
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true })

const openTab = async (page: Page, name: string) => {
  await tab(page, name).click()
  await expect(tab(page, name)).toHaveAttribute('aria-selected', 'true')
}

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible()

const toClient = async (page: Page) => {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Clients' })
    .click()
  await page.getByRole('link', { name: 'Nordlicht Media' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nordlicht Media' })).toBeVisible()
}

test('library, client, settings and the goal workshop console pass axe', async ({ app }) => {
  const page = app.page
  const findings: string[] = []
  await expect(page.getByRole('heading', { name: 'No clients yet' })).toBeVisible()
  await audit(page, 'library (empty)', findings)

  await seedClient(page)
  await audit(page, 'client page', findings)
  await page.getByRole('button', { name: 'Delete client' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await audit(page, 'client page, delete dialog', findings)
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Clients' })
    .click()
  await expect(page.getByRole('link', { name: 'Nordlicht Media' })).toBeVisible()
  await audit(page, 'library (one client)', findings)

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click()
  await expect(page.getByLabel('Theme')).toBeVisible()
  await audit(page, 'settings', findings)

  await toClient(page)
  await page.getByRole('link', { name: 'New goal workshop' }).click()
  await expect(page.getByRole('button', { name: 'Create workshop' })).toBeVisible()
  await audit(page, 'goal workshop setup', findings)
  await page.getByRole('button', { name: 'Create workshop' }).click()
  await expect(page.getByRole('main', { name: 'Facilitator console' })).toBeVisible()

  // The console, one tab after the other, with something on each board.
  await audit(page, 'goal console: Purpose (ready)', findings)
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  await openTab(page, 'Activities')
  await page.getByRole('button', { name: 'Call next person' }).click()
  await addActivity(page, 'Weekly lead hand-over call', 'Continue', 'Ana Souza')
  await addActivity(page, 'Cold leads sent without context', 'Stop', 'Chloé Martin')
  await audit(page, 'goal console: Activities', findings)
  await openTab(page, 'Goals')
  await page.getByRole('button', { name: 'Add a goal' }).click()
  await page.getByLabel('Goal 1 title').fill('Every qualified lead followed up within two days')
  await setGoalDates(page, 1)
  await page.getByRole('button', { name: 'Confirm goal 1' }).click()
  await expect(page.getByRole('alert')).toBeVisible()
  await audit(page, 'goal console: Goals (with an error)', findings)
  await openTab(page, 'Owners & commitments')
  await audit(page, 'goal console: Owners & commitments', findings)
  await openTab(page, 'Review & support')
  await audit(page, 'goal console: Review & support', findings)
  await openTab(page, 'Purpose')
  await audit(page, 'goal console: Purpose (running)', findings)
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click()
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  await audit(page, 'goal console: keyboard shortcuts', findings)
  await page
    .getByRole('dialog', { name: 'Keyboard shortcuts' })
    .getByRole('button', { name: 'Close' })
    .click()
  expectNoFindings(findings)
})

// Split from the test above, so neither outgrows its budget on a busy two-core machine.
test('the goal console and the audience view pass axe in every theme and every phase', async ({
  app,
}) => {
  const page = app.page
  const findings: string[] = []
  await seedClient(page)
  await createWorkshop(page)
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  await openTab(page, 'Activities')
  await page.getByRole('button', { name: 'Call next person' }).click()
  await addActivity(page, 'Weekly lead hand-over call', 'Continue', 'Ana Souza')
  await openTab(page, 'Purpose')

  // Console and audience in every theme, in the phase with the most on the projector.
  await pressShortcut(page, 'ArrowRight')
  const audience = await openAudience(page)
  await expect(audience.getByRole('heading', { level: 1 })).toHaveText('Activities')
  await inEveryTheme(page, async (theme) => {
    await expect(audience.locator('html')).toHaveAttribute('data-theme', theme)
    await audit(page, `goal console (${theme})`, findings)
    await audit(audience, `audience view, activities (${theme})`, findings)
  })
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  for (const phase of ['Goals', 'Owners & commitments', 'Review & support']) {
    await pressShortcut(page, 'ArrowRight')
    await expect(audience.getByRole('heading', { level: 1 })).toHaveText(phase)
    await audit(audience, `audience view, ${phase}`, findings)
  }
  await pressShortcut(page, 'b')
  await expect(audience.getByRole('main', { name: 'Audience view (blank)' })).toBeVisible()
  await audit(audience, 'audience view (blank)', findings)
  await pressShortcut(page, 'b')

  await finishSession(page)
  await audit(page, 'goal console (finished)', findings)
  await page.getByRole('link', { name: 'Open the summary' }).click()
  await expect(page.getByRole('heading', { name: /Summary/ })).toBeVisible()
  await audit(page, 'summary', findings)
  expectNoFindings(findings)
})

/** A new communication agreement for the seeded team, open on its first tab. */
const createAgreement = async (page: Page) => {
  await page.getByRole('button', { name: 'New communication agreement' }).click()
  await page.getByRole('button', { name: 'Create agreement' }).click()
  await expect(page.getByRole('heading', { name: 'How we reach each other' })).toBeVisible()
}

test('the communication agreement and its tabs pass axe', async ({ app }) => {
  const page = app.page
  const findings: string[] = []
  await seedClient(page)
  await page.getByRole('button', { name: 'New communication agreement' }).click()
  await audit(page, 'client page, new agreement form', findings)
  await page.getByRole('button', { name: 'Create agreement' }).click()
  await expect(page.getByRole('heading', { name: 'How we reach each other' })).toBeVisible()
  for (const name of [
    'Preferences',
    'Channels',
    'Message levels',
    'People',
    'Check & agree',
    'Who to contact',
  ]) {
    await openTab(page, name)
    if (name === 'Preferences')
      await page.getByRole('button', { name: 'Notes from Chloé Martin' }).click()
    if (name === 'People') await page.getByRole('button', { name: /^Björn Ek/ }).click()
    await audit(page, `agreement: ${name}`, findings)
  }
  expectNoFindings(findings)
})

// Split from the test above, so neither outgrows its budget on a busy two-core machine.
test('the communication session’s console and audience pass axe', async ({ app }) => {
  const page = app.page
  const findings: string[] = []
  await seedClient(page)
  await createAgreement(page)
  await page.getByRole('button', { name: 'Run as a timed session' }).click()
  await audit(page, 'agreement: session starter', findings)
  await page.getByRole('button', { name: 'Open the session console' }).click()
  await expect(page.getByRole('main', { name: 'Facilitator console' })).toBeVisible()
  const audience = await openAudience(page)
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  for (const name of ['Preferences', 'Channels', 'Message levels', 'People', 'Check & agree']) {
    await expect(tab(page, name)).toHaveAttribute('aria-selected', 'true')
    await audit(page, `agreement console: ${name}`, findings)
    await audit(audience, `agreement audience: ${name}`, findings)
    if (name !== 'Check & agree') await page.getByRole('button', { name: 'Next phase →' }).click()
  }
  await setTheme(page, 'Projector (high contrast)')
  await audit(page, 'agreement console (projector)', findings)
  await audit(audience, 'agreement audience (projector)', findings)
  await setTheme(page, 'Light')
  expectNoFindings(findings)
})

test('action-plan meetings pass axe, on the console and the projector', async ({ app }) => {
  const page = app.page
  const findings: string[] = []
  await seedClient(page)

  await page.getByRole('link', { name: 'New action-plan meeting' }).click()
  await expect(page.getByLabel('Meeting title')).toBeVisible()
  await audit(page, 'meeting setup', findings)
  await page.getByLabel('Meeting title').fill('Lead hand-over')
  await page.getByLabel('What the meeting is for').fill('Agree how leads move to sales')
  await page.getByRole('button', { name: 'Create meeting' }).click()
  await expect(page.getByRole('main', { name: 'Facilitator console' })).toBeVisible()
  await audit(page, 'meeting console: Earlier commitments', findings)
  const audience = await openAudience(page)
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await page.getByLabel('Topic', { exact: true }).fill('Lead hand-over')
  await page.getByLabel(/^End goal/).fill('Every lead has an owner within a day')
  await audit(page, 'meeting console: Topic & end goal', findings)
  await audit(audience, 'meeting audience: Topic & end goal', findings)
  await page.getByRole('button', { name: 'Next phase →' }).click()
  await page.getByRole('form', { name: 'Add an idea' }).getByLabel('Idea').fill('One shared inbox')
  await page.getByRole('button', { name: 'Add idea' }).click()
  await audit(page, 'meeting console: Ideas', findings)
  await audit(audience, 'meeting audience: Ideas', findings)
  await page.getByRole('button', { name: 'Next phase →' }).click()
  await page.getByLabel('Ana Souza’s plan').fill('Call every new lead the same day')
  await page.getByLabel('Ana Souza’s date').fill('2020-01-15')
  await audit(page, 'meeting console: Draft plans', findings)
  await audit(audience, 'meeting audience: Draft plans', findings)
  await page.getByRole('button', { name: 'Next phase →' }).click()
  await page.getByRole('button', { name: 'Give the floor to Ana Souza' }).click()
  await expect(page.getByRole('group', { name: 'Ana Souza has the floor' })).toBeVisible()
  await audit(page, 'meeting console: Plans & commitments', findings)
  await audit(audience, 'meeting audience: speaker', findings)
  await page.getByRole('button', { name: 'Next phase →' }).click()
  await page.getByLabel('Next meeting').fill('2099-01-15')
  await audit(page, 'meeting console: Follow-up', findings)
  await saved(page)
  await finishSession(page)
  await expect(page.getByText(/early\. Well done|over/).first()).toBeVisible()
  await audit(page, 'meeting console (finished)', findings)
  await audit(audience, 'meeting audience (finished)', findings)
  expectNoFindings(findings)
})

// Split from the test above, so neither outgrows its budget on a busy two-core machine.
test('every follow-up tab passes axe; the dashboard in every theme', async ({ app }) => {
  const page = app.page
  const findings: string[] = []
  await seedClient(page)

  // A goal workshop with a review date, so the reviews tab has one to hold.
  await createWorkshop(page)
  await openTab(page, 'Activities')
  await addActivity(page, 'Weekly lead hand-over call', 'Continue', 'Ana Souza')
  await openTab(page, 'Goals')
  await page.getByRole('button', { name: 'Add a goal' }).click()
  await page.getByLabel('Goal 1 title').fill('Every qualified lead followed up within two days')
  await page
    .getByRole('article', { name: 'Goal 1' })
    .getByRole('checkbox', { name: /Weekly lead hand-over call/ })
    .check()
  await openTab(page, 'Review & support')
  await page.getByLabel('First review').fill('2026-01-10')
  await saved(page)

  await toClient(page)
  await page
    .getByRole('region', { name: 'Action plans and follow-up' })
    .getByRole('link', { name: 'Open follow-up' })
    .click()
  await expect(tab(page, 'Dashboard')).toHaveAttribute('aria-selected', 'true')
  await inEveryTheme(page, async (theme) => {
    await expect(tab(page, 'Dashboard')).toHaveAttribute('aria-selected', 'true')
    await audit(page, `follow-up: Dashboard (${theme})`, findings)
  })
  await openTab(page, 'Actions')
  await audit(page, 'follow-up: Actions', findings)
  await openTab(page, 'Goal reviews')
  await audit(page, 'follow-up: Goal reviews', findings)
  await page.getByRole('button', { name: /^Hold the review: Team goals/ }).click()
  await expect(page.getByRole('article', { name: 'Goal 1' })).toBeVisible()
  await audit(page, 'follow-up: Goal reviews (open review)', findings)
  await openTab(page, 'Cross-training')
  await audit(page, 'follow-up: Cross-training', findings)
  await openTab(page, 'Exports')
  await audit(page, 'follow-up: Exports', findings)
  expectNoFindings(findings)
})

test('the start guide, the sample client and everything it holds pass axe', async ({ app }) => {
  const page = app.page
  const findings: string[] = []
  await expect(page.getByRole('region', { name: 'No clients yet: how to start' })).toBeVisible()
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  await audit(page, 'library: keyboard shortcuts', findings)
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'Show me a sample client' }).click()
  const sample = page.getByRole('heading', { level: 1, name: /^Sample: / })
  await expect(sample).toBeVisible()
  await audit(page, 'sample client', findings)
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Clients' })
    .click()
  await expect(page.getByRole('region', { name: 'Sample data' })).toBeVisible()
  await audit(page, 'library with the sample', findings)
  await page.getByRole('link', { name: /^Sample: / }).click()

  await page.getByRole('list', { name: 'Workshops' }).getByRole('link').first().click()
  await expect(page.getByRole('heading', { level: 1, name: /^Summary: / })).toBeVisible()
  await audit(page, 'sample workshop summary', findings)
  await page.goBack()

  await page.getByRole('list', { name: 'Agreements' }).getByRole('link').click()
  await expect(tab(page, 'Preferences')).toBeVisible()
  for (const name of ['Preferences', 'Check & agree', 'Who to contact']) {
    await openTab(page, name)
    await audit(page, `sample agreement: ${name}`, findings)
  }
  await page.goBack()

  await page.getByRole('link', { name: 'Open follow-up' }).click()
  await expect(tab(page, 'Dashboard')).toHaveAttribute('aria-selected', 'true')
  for (const name of ['Dashboard', 'Actions', 'Goal reviews']) {
    await openTab(page, name)
    await audit(page, `sample follow-up: ${name}`, findings)
  }
  await inEveryTheme(page, async (theme) => {
    await audit(page, `sample follow-up: Goal reviews (${theme})`, findings)
  })
  expectNoFindings(findings)
})
