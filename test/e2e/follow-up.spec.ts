import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { addActivity, createWorkshop, openAudience, seedClient, finishSession } from './steps'

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible()
const next = (page: Page) => page.getByRole('button', { name: 'Next phase →' }).click()

const toClient = async (page: Page) => {
  await page.getByRole('link', { name: 'Clients' }).click()
  await page.getByRole('link', { name: 'Nordlicht Media' }).click()
}

/** A dashboard figure, read as a screen reader would: the value given for its term. */
const figure = (page: Page, label: string) =>
  page
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .locator('xpath=following-sibling::dd[1]')

const newMeeting = async (page: Page, title: string) => {
  await page.getByRole('link', { name: 'New action-plan meeting' }).click()
  await page.getByLabel('Meeting title').fill(title)
  await page.getByLabel('What the meeting is for').fill('Agree how leads move to sales')
  await page.getByRole('button', { name: 'Create meeting' }).click()
  await expect(page.getByRole('main', { name: 'Facilitator console' })).toBeVisible()
}

test('commitments from one meeting are reviewed at the next, and the follow-up numbers move', async ({
  app,
}) => {
  const page = app.page
  await app.answerSaveDialogs()
  await seedClient(page)

  // The first action-plan meeting, through its five steps.
  await newMeeting(page, 'Lead hand-over, first round')
  await expect(page.getByRole('tab', { name: 'Earlier commitments' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await expect(page.getByText('Nothing open from earlier sessions.')).toBeVisible()
  const audience = await openAudience(page)
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await page.getByLabel('Topic', { exact: true }).fill('Lead hand-over')
  await page.getByLabel(/^End goal/).fill('Every lead has an owner within a day')
  await next(page)
  await page
    .getByRole('form', { name: 'Add an idea' })
    .getByLabel('Idea')
    .fill('One shared lead inbox')
  await page.getByRole('button', { name: 'Add idea' }).click()
  await expect(page.getByText('One shared lead inbox')).toBeVisible()
  await next(page)
  await page.getByLabel('Ana Souza’s plan').fill('Call every new lead the same day')
  await page.getByLabel('Ana Souza’s commitment').fill('No lead waits overnight')
  await page.getByLabel('Ana Souza’s date').fill('2020-01-15')
  await page.getByLabel('Chloé Martin’s plan').fill('Tag campaign leads before hand-over')
  await page.getByLabel('Chloé Martin’s date').fill('2099-12-31')
  await next(page)
  await page.getByRole('button', { name: 'Give the floor to Ana Souza' }).click()
  await expect(page.getByRole('group', { name: 'Ana Souza has the floor' })).toBeVisible()
  await expect(audience.getByRole('heading', { name: 'Ana Souza' })).toBeVisible()
  await expect(audience.getByRole('timer', { name: 'Speaking time' })).toBeVisible()
  await audience.screenshot({ path: 'test-results/screens/meeting-audience-speaker.png' })
  await page.getByRole('button', { name: 'Ana Souza has stated their plan' }).click()
  await expect(page.getByRole('group', { name: 'Björn Ek has the floor' })).toBeVisible()
  await next(page)
  await page.getByLabel('Next meeting').fill('2099-01-15')
  await saved(page)
  await finishSession(page)
  await expect(page.getByText(/min early\. Well done/)).toBeVisible()
  await expect(audience.getByText('Session complete')).toBeVisible()
  await expect(audience.getByText(/min early\. Thank you/)).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/meeting-finished.png', fullPage: true })

  const print = page.getByRole('region', { name: 'Print the action plan' })
  await print.getByRole('button', { name: /action plan/ }).click()
  await expect(print.getByRole('status')).toContainText(/Saved \d+ pages? to/)

  // On the client page: two open commitments, one of them overdue.
  await toClient(page)
  const card = page.getByRole('region', { name: 'Action plans and follow-up' })
  await expect(card).toContainText('2 open · 1 overdue')
  await card.getByRole('link', { name: 'Open follow-up' }).click()
  await expect(figure(page, 'Not reviewed yet')).toHaveText('2')
  await expect(figure(page, 'Overdue')).toHaveText('1')
  await expect(figure(page, 'Done')).toHaveText('0')
  await expect(page.getByRole('cell', { name: 'Call every new lead the same day' })).toBeVisible()
  await toClient(page)

  // The next meeting opens with them; the room says what happened.
  await newMeeting(page, 'Lead hand-over, second round')
  const earlier = page.getByRole('list', { name: 'Commitments and activities to review' })
  await expect(earlier.getByText('Call every new lead the same day')).toBeVisible()
  await expect(earlier.getByText('Tag campaign leads before hand-over')).toBeVisible()
  await page.getByLabel('Note on “Call every new lead the same day”').fill('Done since week 2')
  await page.getByLabel('Status of “Call every new lead the same day”').selectOption('done')
  await page
    .getByLabel('Status of “Tag campaign leads before hand-over”')
    .selectOption('in-progress')
  await expect(page.getByLabel('Status of “Call every new lead the same day”')).toHaveValue('done')
  await page.screenshot({ path: 'test-results/screens/meeting-earlier.png', fullPage: true })

  await toClient(page)
  await expect(card).toContainText('1 open · 0 overdue')
  await card.getByRole('link', { name: 'Open follow-up' }).click()
  await page.getByRole('tab', { name: 'Actions' }).click()
  await page.getByLabel('Show').selectOption({ label: 'Done' })
  await expect(page.getByText('Call every new lead the same day', { exact: true })).toBeVisible()
  await expect(page.getByLabel('Note on “Call every new lead the same day”')).toHaveValue(
    'Done since week 2',
  )

  // A goal workshop with a review date; at the review, a goal is adjusted with its reason.
  await toClient(page)
  await createWorkshop(page)
  await page.getByRole('tab', { name: 'Activities' }).click()
  await addActivity(page, 'Weekly lead hand-over call', 'Continue', 'Ana Souza')
  await page.getByRole('tab', { name: 'Goals' }).click()
  await page.getByRole('button', { name: 'Add a goal' }).click()
  await page.getByLabel('Goal 1 title').fill('Every qualified lead followed up within two days')
  const goal = page.getByRole('article', { name: 'Goal 1' })
  await goal.getByRole('checkbox', { name: /Weekly lead hand-over call/ }).check()
  await page.getByRole('tab', { name: 'Review & support' }).click()
  await page.getByLabel('First review').fill('2026-01-10')
  await saved(page)
  await toClient(page)
  await card.getByRole('link', { name: 'Open follow-up' }).click()
  await page.getByRole('tab', { name: 'Goal reviews' }).click()
  await page.getByRole('button', { name: /^Hold the review: Team goals/ }).click()
  const review = page.getByRole('article', { name: 'Goal 1' })
  await review.getByLabel('What changes').selectOption({ label: 'Goal end date' })
  await review.getByLabel('New value').fill('2027-06-30')
  await review.getByLabel('Why it changes').fill('The trade fair moved the product launch')
  await review.getByRole('checkbox', { name: 'Ana Souza' }).check()
  await review.getByRole('checkbox', { name: 'Eva Lind' }).check()
  await review.getByRole('button', { name: 'Record the adjustment' }).click()
  const history = review.getByRole('list', { name: 'History of goal 1' })
  await expect(history).toContainText('Why: The trade fair moved the product launch')
  await expect(history).toContainText('Agreed by Ana Souza, Eva Lind')
  await expect(history).toContainText('“none” → “2027-06-30”')
  await expect(review).toContainText('Ends: 2027-06-30')
  await page.getByLabel('Status of “Weekly lead hand-over call”').selectOption('in-progress')
  await page.screenshot({ path: 'test-results/screens/goal-review.png', fullPage: true })

  // The dashboard counts what happened.
  await page.getByRole('tab', { name: 'Dashboard' }).click()
  await expect(figure(page, 'Done')).toHaveText('1')
  await expect(figure(page, 'In progress')).toHaveText('2')
  await expect(figure(page, 'Overdue')).toHaveText('0')
  await page.screenshot({ path: 'test-results/screens/follow-up-dashboard.png', fullPage: true })
  expect(app.offAppRequests).toEqual([])
})
