import type { Page } from '@playwright/test'
import {
  DEFAULT_ACTION_PLAN,
  emptyMeetingBoard,
  emptyPersonalPlan,
} from '../../shared/meeting/meeting'
import { callApi, openCommsSession } from './api'
import { expect, test } from './fixtures'
import { addActivity, createWorkshop, openAudience, pressShortcut, seedClient } from './steps'

const clientIdOf = (page: Page) => /clients\/([^/]+)/.exec(page.url())![1]!

test('Esc gives the keys back after typing: Space pauses and B blanks; → on the last phase asks first', async ({
  app,
}) => {
  const page = app.page
  await seedClient(page)
  await createWorkshop(page)
  const audience = await openAudience(page)
  await pressShortcut(page, 'ArrowRight')
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()

  // Typed straight into the field, then Esc: no Tab, no click.
  const field = page.getByRole('form', { name: 'Add an activity' }).getByLabel('Activity')
  await field.click()
  await page.keyboard.type('Weekly lead hand-over call')
  await page.keyboard.press('Enter')
  await page.keyboard.type('B and space are text here')
  await expect(field).toHaveValue('B and space are text here')
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(field).not.toBeFocused()
  await page.keyboard.press('Space')
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible()
  await page.keyboard.press('b')
  await expect(audience.getByRole('main', { name: 'Audience view (blank)' })).toBeVisible()
  await page.keyboard.press('b')
  await expect(audience.getByText('Weekly lead hand-over call')).toBeVisible()

  // A dropdown keeps ↑ ↓ for its options, but B, Space and → still work on it.
  await page.getByRole('form', { name: 'Add an activity' }).getByLabel('Kind').focus()
  await page.keyboard.press('w')
  await expect(audience.getByRole('main', { name: 'Audience view (blank)' })).toBeVisible()
  await page.keyboard.press(',')
  await expect(audience.getByRole('main', { name: 'Audience view' })).toBeVisible()

  // Esc closes the shortcut panel.
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0)

  for (const phase of ['Goals', 'Owners & commitments', 'Review & support']) {
    await pressShortcut(page, 'ArrowRight')
    await expect(audience.getByRole('heading', { level: 1 })).toHaveText(phase)
  }
  await pressShortcut(page, 'ArrowRight')
  const ask = page.getByRole('dialog', { name: 'Finish the session?' })
  await expect(ask).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(ask).toBeHidden()
  await expect(page.getByText('Phase 5 of 5 ·')).toBeVisible()
  await expect(audience.getByRole('heading', { level: 1 })).toHaveText('Review & support')
  // Enter confirms; Undo brings the last phase back.
  await pressShortcut(page, 'PageDown')
  await expect(ask).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(audience.getByText('Session complete')).toBeVisible()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(audience.getByRole('heading', { level: 1 })).toHaveText('Review & support')
})

test('a meeting started while a communication session is on the projector takes it over, without a click', async ({
  app,
}) => {
  const page = app.page
  await seedClient(page)
  const { clientId } = await openCommsSession(page)
  await expect(page.getByRole('main', { name: 'Facilitator console' })).toBeVisible()
  const audience = await openAudience(page)
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await page.getByRole('button', { name: 'Pause' }).click()
  await expect(audience.getByText(/How we reach each other — session/)).toBeVisible()
  await expect(
    audience.getByRole('table', { name: 'Heat map of channel preferences' }),
  ).toBeVisible()

  await page.getByRole('link', { name: '← Agreement' }).click()
  await page.goto(`${new URL(page.url()).origin}/#/clients/${clientId}`)
  // The client's own page mid-session leaves the projector as it was.
  await expect(audience.getByText(/How we reach each other — session/)).toBeVisible()
  await page.getByRole('link', { name: 'New action-plan meeting' }).click()
  await page.getByLabel('Meeting title').fill('Lead hand-over')
  await page.getByRole('button', { name: 'Create meeting' }).click()
  await expect(page.getByRole('main', { name: 'Facilitator console' })).toBeVisible()
  await expect(audience.getByText(/Lead hand-over · Phase 1 of 5/)).toBeVisible({ timeout: 1_000 })
})

test('a note typed straight after choosing a status survives a reload', async ({ app }) => {
  const page = app.page
  await seedClient(page)
  const clientId = clientIdOf(page)
  const { client } = await callApi(page, 'clients:get', { clientId })
  const ana = client.members.find((m) => m.name === 'Ana Souza')!
  const first = await callApi(page, 'workshops:create', {
    clientId,
    kind: 'actions',
    title: 'First round',
    scope: 'joint',
    participantIds: [ana.id],
    managerId: null,
    plan: DEFAULT_ACTION_PLAN,
  })
  await callApi(page, 'workshops:saveMeeting', {
    clientId,
    workshopId: first.id,
    meeting: {
      ...emptyMeetingBoard(),
      plans: { [ana.id]: { ...emptyPersonalPlan(), plan: 'Call every new lead the same day' } },
    },
  })
  await page.reload()
  await page.getByRole('link', { name: 'New action-plan meeting' }).click()
  await page.getByLabel('Meeting title').fill('Second round')
  await page.getByRole('button', { name: 'Create meeting' }).click()
  const item = 'Call every new lead the same day'
  const status = page.getByLabel(`Status of “${item}”`)
  const note = page.getByLabel(`Note on “${item}”`)
  await status.selectOption('done')
  await note.fill('Running since week 2')
  await page.reload()
  await expect(page.getByLabel(`Note on “${item}”`)).toHaveValue('Running since week 2')
  await expect(page.getByLabel(`Status of “${item}”`)).toHaveValue('done')
})

test('a review date before the previous one is refused, with what to change', async ({ app }) => {
  const page = app.page
  await seedClient(page)
  await createWorkshop(page)
  await page.getByRole('tab', { name: 'Activities' }).click()
  await addActivity(page, 'Weekly lead hand-over call', 'Continue', 'Ana Souza')
  await page.getByRole('tab', { name: 'Goals' }).click()
  await page.getByRole('button', { name: 'Add a goal' }).click()
  await page.getByLabel('Goal 1 title').fill('Every lead called within two days')
  await page.getByLabel('Goal 1 criteria — how the team will know it is met').fill('CRM report')
  await page.getByRole('checkbox', { name: /Weekly lead hand-over call/ }).check()
  await page.getByRole('button', { name: 'Confirm goal 1' }).click()
  await expect(page.getByRole('alert')).toContainText('begin and an end date')
  await page.getByLabel('Goal 1 begins').fill('2027-01-04')
  await page.getByLabel('Goal 1 ends').fill('2027-06-30')
  await page.getByRole('button', { name: 'Confirm goal 1' }).click()
  await expect(page.getByRole('article', { name: 'Goal 1' }).getByText('Confirmed')).toBeVisible()

  await page.getByRole('tab', { name: 'Review & support' }).click()
  await page.getByLabel('First review').fill('2027-02-10')
  await page.getByLabel('Second review').fill('2027-02-01')
  const refusal =
    'The second review must come after the first (2027-02-10): choose a later date, or move the first review first.'
  await expect(page.getByRole('alert')).toHaveText(refusal)
  await expect(page.getByLabel('Second review')).toHaveAttribute('aria-invalid', 'true')
  await page.getByLabel('Third review').fill('2027-08-01')
  await expect(page.getByRole('alert')).toContainText('after the goals end (2027-06-30)')
  await page.getByLabel('Second review').fill('2027-03-10')
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible()
  await page.reload()
  await page.getByRole('tab', { name: 'Review & support' }).click()
  await expect(page.getByLabel('First review')).toHaveValue('2027-02-10')
  await expect(page.getByLabel('Second review')).toHaveValue('2027-03-10')
  await expect(page.getByLabel('Third review')).toHaveValue('')
})
