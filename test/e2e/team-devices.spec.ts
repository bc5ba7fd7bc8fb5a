import type { Browser, BrowserContext, Page } from '@playwright/test'
import { devices } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { gzipSync } from 'node:zlib'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { axeViolations } from './axe'
import { qpdfCheck } from '../support/pdf-tools'
import { expect, test } from './fixtures'
import {
  DEFAULT_ACTION_PLAN,
  emptyMeetingBoard,
  emptyPersonalPlan,
} from '../../shared/meeting/meeting'
import { callApi, openCommsSession } from './api'
import { createWorkshop, openAudience, seedClient } from './steps'

const TEAM: [string, string][] = [
  ['Ana Souza', 'Sales'],
  ['Björn Ek', 'Sales'],
  ['Chloé Martin', 'Marketing'],
  ['Dmitri Volkov', 'Marketing'],
  ['Fatima Zahra', 'Sales'],
  ['Gao Yan', 'Marketing'],
  ['Eva Lind', 'Management'],
]
const PHONES = TEAM.slice(0, 6).map(([name]) => name)
const PROPOSALS = [
  'Weekly lead review',
  'Общий отчёт по лидам',
  '共同ウェビナーを続ける',
  'مراجعة العملاء المحتملين',
  'Share customer feedback 🚀🤝',
  'Cold calls without a brief',
]

/** The address the QR code on the projector holds, read back from a screenshot of it. */
const decodeQr = async (audience: Page) => {
  const png = PNG.sync.read(await audience.screenshot())
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
  expect(found, 'a QR code on the audience view').not.toBeNull()
  return found!.data
}

const phone = async (browser: Browser, url: string, name: string) => {
  const pixel = devices['Pixel 7']
  const context: BrowserContext = await browser.newContext(
    name === PHONES[0] ? { ...pixel, viewport: { width: 390, height: 844 } } : pixel,
  )
  const page = await context.newPage()
  await page.goto(url)
  await page.getByRole('button', { name, exact: true }).click()
  await expect(page.getByText(`${name} ·`)).toBeVisible()
  return page
}

/**
 * One thumb in sunlight: no serious axe finding, AAA contrast (7:1), and every control at least
 * 44 px tall and named.
 */
const checkPhonePage = async (p: Page) => {
  const violations = await axeViolations(p, { tags: ['wcag2a', 'wcag2aa', 'wcag2aaa'] })
  const blocking = violations.filter(
    (v) => v.id === 'color-contrast-enhanced' || v.impact === 'serious' || v.impact === 'critical',
  )
  expect(blocking.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([])
  const small = await p
    // Radios and checkboxes are drawn by their labels (.choice span): those are the targets.
    .locator('button, .choice span, input:not(.choice input), select, textarea')
    .evaluateAll((els) =>
      els
        .map((el) => ({ text: el.textContent ?? el.id, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.height > 0 && (box.height < 44 || box.width < 44))
        .map(({ text, box }) => `${text}: ${Math.round(box.width)}×${Math.round(box.height)}`),
    )
  expect(small).toEqual([])
}

test('the phones’ page ships under 100 KB of JavaScript, gzipped', async () => {
  const js = await readFile('out/participant/participant.js')
  expect(gzipSync(js).length).toBeLessThan(100 * 1024)
})

const propose = async (page: Page, text: string, kind: string, tag: string) => {
  await page.getByLabel('Activity', { exact: true }).fill(text)
  await page.getByRole('radiogroup', { name: 'Kind' }).getByText(kind, { exact: true }).click()
  await page.getByRole('radiogroup', { name: 'Team' }).getByText(tag, { exact: true }).click()
  await page.getByRole('button', { name: 'Send proposal' }).click()
  await expect(page.getByRole('region', { name: 'Your proposals' })).toContainText(text)
}

test('six phones join by the projector’s QR code, propose, vote, answer and commit', async ({
  app,
  browser,
}, testInfo) => {
  test.setTimeout(240_000)
  const { page } = app
  await seedClient(page, 'Helios Tools', TEAM)
  await createWorkshop(page)
  await page
    .getByRole('group', { name: 'Session controls' })
    .getByRole('button', { name: 'Start' })
    .click()
  const audience = await openAudience(page)

  const panel = page.getByRole('region', { name: 'Team devices' })
  await panel.getByLabel('Network').selectOption('127.0.0.1')
  await panel.getByRole('button', { name: 'Turn on team devices' }).click()
  await expect(audience.getByRole('img', { name: 'QR code to join from your phone' })).toBeVisible()
  await audience.screenshot({ path: testInfo.outputPath('audience-join-1280x720.png') })
  const url = await decodeQr(audience)
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#k=[A-Za-z0-9_-]{20,}$/)

  const phones: Page[] = []
  for (const name of PHONES) phones.push(await phone(browser, url, name))
  await expect(
    panel.getByRole('heading', { name: /Joined: 6 of \d names · 6 phones/ }),
  ).toBeVisible()
  await expect(audience.getByText(/6 of \d joined/)).toBeVisible()
  await phones[0]!.screenshot({ path: testInfo.outputPath('participant-390x844.png') })
  await checkPhonePage(phones[0]!)

  const kinds = ['Continue', 'Continue', 'Improve', 'Improve', 'Continue', 'Stop']
  const tags = ['Joint', 'Sales', 'Marketing', 'Sales', 'Joint', 'Sales']
  await Promise.all(phones.map((p, i) => propose(p, PROPOSALS[i]!, kinds[i]!, tags[i]!)))
  const queue = panel.getByRole('list', { name: 'Proposal queue' })
  await expect(queue.getByRole('listitem')).toHaveCount(6)
  await panel.getByRole('heading', { name: /Proposals/ }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('console-devices-1280x720.png') })

  const item = (from: string) => queue.getByRole('listitem', { name: `Proposal from ${from}` })
  await item(PHONES[0]!).getByRole('textbox').fill('Weekly lead review, Mondays')
  await item(PHONES[0]!).getByRole('button', { name: 'Accept' }).click()
  for (const i of [1, 2, 3]) await item(PHONES[i]!).getByRole('button', { name: 'Accept' }).click()
  await item(PHONES[4]!).getByRole('button', { name: 'Merge into a card…' }).click()
  await item(PHONES[4]!).getByRole('combobox').selectOption({ label: PROPOSALS[2]! })
  await item(PHONES[4]!).getByRole('button', { name: 'Merge', exact: true }).click()
  await item(PHONES[5]!).getByRole('button', { name: 'Reject' }).click()
  await expect(queue).toHaveCount(0)

  await page.getByRole('radio', { name: 'Board' }).check()
  const board = audience.getByRole('region', { name: 'Board' })
  for (const text of ['Weekly lead review, Mondays', ...PROPOSALS.slice(1, 4)])
    await expect(board.getByText(text).first()).toBeVisible()
  await expect(board.getByText(PROPOSALS[5]!)).toHaveCount(0)
  const mine = (p: Page) => p.getByRole('region', { name: 'Your proposals' })
  await expect(mine(phones[0]!)).toContainText('On the board')
  await expect(mine(phones[4]!)).toContainText('Merged into a card on the board')
  await expect(mine(phones[5]!)).toContainText('Not taken this time')

  // Dot voting: three dots each; the tally is hidden until the facilitator reveals it.
  await panel.getByRole('button', { name: 'Open voting' }).click()
  const ballots = [
    [PROPOSALS[1]!, PROPOSALS[1]!, PROPOSALS[2]!],
    [PROPOSALS[1]!, PROPOSALS[3]!, PROPOSALS[3]!],
    ['Weekly lead review, Mondays', PROPOSALS[1]!, PROPOSALS[2]!],
    [PROPOSALS[1]!, PROPOSALS[1]!, PROPOSALS[1]!],
    [PROPOSALS[2]!, PROPOSALS[3]!, 'Weekly lead review, Mondays'],
    [PROPOSALS[2]!],
  ]
  await Promise.all(
    phones.map(async (p, i) => {
      const vote = p.getByRole('region', { name: 'Dot vote' })
      for (const [n, text] of ballots[i]!.entries()) {
        await vote.getByRole('button', { name: `Give a dot to ${text}` }).click()
        await expect(vote.getByRole('heading')).toContainText(`${2 - n} of 3 dots left`)
      }
    }),
  )
  await expect(panel.getByText(/6 voted/)).toBeVisible()
  await expect(phones[0]!.getByRole('region', { name: 'Vote results' })).toHaveCount(0)
  await page.getByRole('radio', { name: 'Vote results' }).check()
  await expect(audience.getByRole('list', { name: 'Vote results' })).toHaveCount(0)
  await panel.getByRole('button', { name: 'Reveal the tally' }).click()
  const expected = new Map<string, number>()
  for (const b of ballots) for (const t of b) expected.set(t, (expected.get(t) ?? 0) + 1)
  const bars = audience.getByRole('list', { name: 'Vote results' }).getByRole('listitem')
  await expect(bars).toHaveCount(4)
  for (const [text, count] of expected)
    await expect(bars.filter({ hasText: text })).toContainText(String(count))
  await expect(phones[3]!.getByRole('region', { name: 'Vote results' })).toContainText('7')
  await audience.screenshot({ path: testInfo.outputPath('audience-votes-1280x720.png') })

  // The alignment check: anonymous, and the room sees the average only from the third answer.
  await page.getByRole('radio', { name: 'Alignment average' }).check()
  await panel.getByRole('button', { name: 'Open the alignment check' }).click()
  const answer = async (p: Page, value: string) => {
    const form = p.getByRole('form', { name: 'Alignment check' })
    // The check reaches each phone as an event: wait for its questions before reading them all.
    await expect(form.getByRole('radiogroup').first()).toBeVisible()
    for (const group of await form.getByRole('radiogroup').all())
      await group.getByText(value, { exact: true }).click()
    await form.getByRole('button', { name: 'Send my answers' }).click()
    await expect(p.getByText('your answers are in')).toBeVisible()
  }
  const average = audience.getByRole('definition')
  await answer(phones[0]!, '2')
  await expect(audience.getByText('1 answered.', { exact: false })).toBeVisible()
  await answer(phones[1]!, '4')
  await expect(audience.getByText(/2 answered/)).toBeVisible()
  await expect(average).toHaveCount(0)
  await answer(phones[2]!, '5 · completely')
  await expect(average).toHaveCount(5)
  await expect(average.first()).toHaveText('3.7 / 5')
  await expect(audience.getByRole('region', { name: 'Team devices' })).not.toContainText(PHONES[0]!)

  await checkPhonePage(phones[3]!)

  // Two commitments, written on the phones and confirmed on the console.
  for (const i of [0, 1]) {
    await phones[i]!.getByLabel('I commit to').fill(`Commitment ${i + 1}: call back in a day ✅`)
    await phones[i]!.getByLabel('My support note').fill('Behind this plan')
    await phones[i]!.getByRole('button', { name: 'Send my commitment' }).click()
    await expect(phones[i]!.getByText('waiting for the facilitator to confirm')).toBeVisible()
  }
  for (const i of [0, 1])
    await panel.getByRole('button', { name: `Confirm ${PHONES[i]}’s commitment` }).click()
  for (const i of [0, 1])
    await expect(phones[i]!.getByText('Confirmed by the facilitator.')).toBeVisible()

  // Their own goal sheet, on the phone.
  const download = phones[0]!.waitForEvent('download')
  await phones[0]!.getByRole('button', { name: 'Download my goal sheet (PDF)' }).click()
  const file = testInfo.outputPath('phone-goal-sheet.pdf')
  await (await download).saveAs(file)
  qpdfCheck(file)

  // A phone that wakes up without the Wi-Fi says so, and comes back by itself when it returns.
  const last = phones[5]!
  await last.context().setOffline(true)
  await last.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
  await expect(last.getByText('The laptop cannot be reached right now')).toBeVisible()
  await last.context().setOffline(false)
  await expect(last.getByText('The laptop cannot be reached right now')).toHaveCount(0, {
    timeout: 20_000,
  })
  await propose(last, 'Back online 📶', 'Continue', 'Joint')

  await page.getByRole('button', { name: 'Finish session' }).click()
  await page
    .getByRole('dialog', { name: 'Finish the session?' })
    .getByRole('button', { name: 'Finish session' })
    .click()
  await expect(phones[5]!.getByRole('heading', { name: 'The session has ended' })).toBeVisible()
  for (const p of phones) await p.context().close()

  // Afterwards the summary keeps the round: dots per activity, no names (the vote was secret).
  await page.goto(`${page.url().replace(/\/summary$/, '')}/summary`)
  const rounds = page.getByRole('table', { name: 'Dots per activity and round' })
  for (const [text, count] of expected)
    await expect(rounds.getByRole('row').filter({ hasText: text })).toContainText(String(count))
  await expect(rounds).toContainText('secret')
  await expect(rounds).not.toContainText(PHONES[0]!)
  await rounds.scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('summary-votes-1280x720.png') })
})

/** Devices on from the console's panel; a phone at 390×844 joins by the projector's QR code. */
const devicesOn = async (page: Page, audience: Page, previous?: string) => {
  const panel = page.getByRole('region', { name: 'Team devices' })
  await panel.getByLabel('Network').selectOption('127.0.0.1')
  await panel.getByRole('button', { name: 'Turn on team devices' }).click()
  await expect(audience.getByRole('img', { name: 'QR code to join from your phone' })).toBeVisible()
  // A room that replaces another gets a new address: wait until the projector shows it.
  let url = await decodeQr(audience)
  await expect.poll(async () => (url = await decodeQr(audience))).not.toBe(previous)
  return { panel, url }
}
const phoneAt390 = async (browser: Browser, url: string, name: string) => {
  const context = await browser.newContext({
    ...devices['Pixel 7'],
    viewport: { width: 390, height: 844 },
  })
  const page = await context.newPage()
  await page.goto(url)
  await page.getByRole('button', { name, exact: true }).click()
  await expect(page.getByText(`${name} ·`)).toBeVisible()
  return page
}

test('phones rate channels, give hours and acknowledge in a communication session; a meeting hears their commitments', async ({
  app,
  browser,
}, testInfo) => {
  test.setTimeout(120_000)
  const { page } = app
  const team = TEAM.slice(0, 3)
  await seedClient(page, 'Helios Tools', team)
  const { clientId, client, agreement } = await openCommsSession(page)
  const idOf = (name: string) => client.members.find((m) => m.name === name)!.id
  const origin = new URL(page.url()).origin
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  const audience = await openAudience(page)
  const { panel, url } = await devicesOn(page, audience)
  const [ana, bjorn] = await Promise.all([
    phoneAt390(browser, url, PHONES[0]!),
    phoneAt390(browser, url, PHONES[1]!),
  ])

  // Ana rates her own channels; the console's grid shows them without anyone typing.
  const ratings = ana.getByRole('form', { name: 'Rate the channels' })
  await ana.screenshot({ path: testInfo.outputPath('phone-comms-top-390x844.png') })
  await ratings
    .getByRole('radiogroup', { name: 'Phone call: how often', exact: true })
    .getByText('5')
    .click()
  await ratings
    .getByRole('radiogroup', { name: 'Email: how often', exact: true })
    .getByText('2')
    .click()
  await ratings.getByLabel('Why, for Email (optional)').fill('Too slow for leads 🐢')
  await ratings.getByRole('button', { name: 'Send my ratings' }).click()
  await expect(page.getByLabel(`${PHONES[0]}: Phone call`)).toHaveValue('5')
  await expect(page.getByLabel(`${PHONES[0]}: Email`)).toHaveValue('2')
  await expect(ana.getByText('Your answers are in the agreement')).toBeVisible()
  await ana.screenshot({ path: testInfo.outputPath('phone-comms-390x844.png') })

  // Björn gives his hours, zone and an afternoon off the grid.
  const hours = bjorn.getByRole('form', { name: 'Working hours' })
  await hours.getByLabel('Time zone').selectOption('America/Sao_Paulo')
  await hours.getByLabel('Start').fill('08:30')
  await hours.getByRole('button', { name: 'Add a time off the grid' }).click()
  await hours.getByLabel('What (e.g. client visits)').fill('Client visits')
  await hours.getByRole('button', { name: 'Send my hours' }).click()
  await expect(panel.getByText(/Answered from phones: 2 of 3/)).toBeVisible()
  await expect
    .poll(async () => {
      const { agreement: a } = await callApi(page, 'agreements:get', {
        clientId,
        agreementId: agreement.id,
      })
      return a.terms.people.find((p) => p.memberId === idOf(PHONES[1]!))
    })
    .toMatchObject({
      timeZone: 'America/Sao_Paulo',
      workStart: '08:30',
      weeklyOffGrid: [{ day: 1, label: 'Client visits' }],
    })
  await hours.scrollIntoViewIfNeeded()
  await bjorn.screenshot({ path: testInfo.outputPath('phone-hours-390x844.png') })
  await checkPhonePage(bjorn)

  // The published agreement, acknowledged from the phone as the console would record it.
  await callApi(page, 'agreements:publish', { clientId, agreementId: agreement.id, note: '' })
  await ana.getByRole('button', { name: 'I agree to version 1' }).click()
  await expect(ana.getByText('You acknowledged it on')).toBeVisible()
  await expect(panel.getByText('acknowledged version 1')).toBeVisible()
  const { agreement: signed } = await callApi(page, 'agreements:get', {
    clientId,
    agreementId: agreement.id,
  })
  expect(Object.keys(signed.versions[0]!.acknowledgements)).toEqual([idOf(PHONES[0]!)])
  await panel.getByRole('list', { name: 'Answers from phones' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('console-comms-devices-1280x720.png') })
  await bjorn.context().close()

  // The meeting: Ana's commitment from an earlier one, reported from her phone.
  const first = await callApi(page, 'workshops:create', {
    clientId,
    kind: 'actions',
    title: 'First round',
    scope: 'joint',
    participantIds: [idOf(PHONES[0]!)],
    managerId: null,
    plan: DEFAULT_ACTION_PLAN,
  })
  const promise = 'Call every new lead the same day'
  await callApi(page, 'workshops:saveMeeting', {
    clientId,
    workshopId: first.id,
    meeting: {
      ...emptyMeetingBoard(),
      plans: { [idOf(PHONES[0]!)]: { ...emptyPersonalPlan(), plan: promise } },
    },
  })
  await page.goto(`${origin}/#/clients/${clientId}`)
  await page.getByRole('link', { name: 'New action-plan meeting' }).click()
  await page.getByLabel('Meeting title').fill('Second round')
  await page.getByRole('button', { name: 'Create meeting' }).click()
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  const meeting = await devicesOn(page, audience, url)
  await expect(ana.getByRole('heading', { name: 'The session has ended' })).toBeVisible()
  await ana.goto(meeting.url)
  await ana.getByRole('button', { name: PHONES[0], exact: true }).click()
  const item = ana.getByRole('form', { name: `Commitment: ${promise}` })
  await item.getByRole('radiogroup').getByText('In progress').click()
  await item.getByLabel('What happened (optional)').fill('Half the team does it')
  await ana.screenshot({ path: testInfo.outputPath('phone-meeting-390x844.png') })
  await item.getByRole('button', { name: 'Save this status' }).click()
  await expect(item.getByText('now: In progress')).toBeVisible()
  await page.getByRole('tab', { name: 'Earlier commitments' }).click()
  await expect(page.getByLabel(`Status of “${promise}”`)).toHaveValue('in-progress')
  await expect(page.getByLabel(`Note on “${promise}”`)).toHaveValue('Half the team does it')
  await checkPhonePage(ana)
  await meeting.panel.getByRole('list', { name: 'Answers from phones' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('console-meeting-devices-1280x720.png') })
  await ana.context().close()
})
