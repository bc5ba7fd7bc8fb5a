import type { Page } from '@playwright/test'
import { DEFAULT_COMMS_PLAN } from '../../shared/comms/defaults'
import { callApi } from './api'
import { bigBoard } from './board-data'
import { expect, test } from './fixtures'
import type { BoardReading } from './projector-fit'
import { parseIndicator, readBoard } from './projector-fit'
import { measureText } from './text-measure'
import {
  createWorkshop,
  finishSession,
  openAudience,
  openSettings,
  pressShortcut,
  seedClient,
  setTheme,
  TEAM,
} from './steps'

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]
const SIX: [string, string][] = [...TEAM, ['Fumiko Tanaka 田中', 'Marketing']]
const shots = 'test-results/screens'

const THEMES = [
  ['light', 'Light'],
  ['projector', 'Projector (high contrast)'],
] as const

/**
 * Screenshots of the console and the audience view in the light and projector themes, saved by
 * the run to be looked at; every text on the audience view is checked at 7:1 on the way.
 */
const shoot = async (console: Page, audience: Page, name: string, size: { width: number }) => {
  for (const [theme, label] of THEMES) {
    await setTheme(console, label)
    await expect(audience.locator('html')).toHaveAttribute('data-theme', theme)
    await expect(console.getByRole('main', { name: 'Facilitator console' })).toBeVisible()
    for (const t of await measureText(audience))
      expect(t.contrast, `${name}, ${theme}: “${t.text}” contrast`).toBeGreaterThanOrEqual(7)
    await audience.screenshot({ path: `${shots}/audience-${name}-${size.width}-${theme}.png` })
    await console.screenshot({ path: `${shots}/console-${name}-${size.width}-${theme}.png` })
  }
}

const idsOf = (page: Page) => {
  const [, clientId, workshopId] = /clients\/([^/]+)\/workshops\/([^/]+)/.exec(page.url()) ?? []
  return { clientId: clientId!, workshopId: workshopId! }
}

/**
 * Every item is either readable (inside the view, text at least 3.5 % of its height) or announced
 * by the page indicator; nothing is cut by its box; the console's ↓ reaches every page.
 */
const pageThrough = async (
  console: Page,
  audience: Page,
  selector: string,
  expected: string[],
  label: string,
) => {
  const seen = new Set<string>()
  let first: BoardReading | null = null
  for (let turn = 0; turn < 12; turn++) {
    const reading = await readBoard(audience, selector)
    first ??= reading
    const at = parseIndicator(reading.indicator)
    expect(reading.cut, `${label}: content cut on page ${at.page}`).toEqual([])
    for (const item of reading.visible) {
      expect(item.share, `${label}: “${item.text}” too small`).toBeGreaterThanOrEqual(0.035)
      seen.add(item.text)
    }
    // What is not on screen is announced: "Page x of n · +m more".
    expect(expected.length - reading.visible.length, `${label}: hidden without notice`).toBe(
      at.more,
    )
    if (at.of === 1 || at.page === at.of) break
    const before = reading.indicator
    await pressShortcut(console, 'ArrowDown')
    await expect(audience.getByLabel('Board pages')).not.toHaveText(before)
  }
  expect([...seen].sort(), `${label}: paging reaches every item`).toEqual([...expected].sort())
  return parseIndicator(first!.indicator).of
}

for (const size of SIZES) {
  test(`at ${size.width}×${size.height} the projector shows every activity and goal, or pages to it`, async ({
    app,
  }) => {
    test.setTimeout(180_000)
    const page = app.page
    await page.setViewportSize(size)
    await seedClient(page, 'Nordlicht Media', SIX)
    await createWorkshop(page)
    const ids = idsOf(page)
    const { workshop } = await callApi(page, 'workshops:get', ids)
    const board = bigBoard(workshop.participants)
    const audience = await openAudience(page)
    await audience.setViewportSize(size)

    // A board that fits: the first six activities.
    await callApi(page, 'workshops:saveBoard', {
      ...ids,
      board: {
        ...board,
        activities: board.activities.slice(0, 6),
        goals: [],
        reviewDates: [null, null, null, null],
      },
    })
    await pressShortcut(page, 'ArrowRight')
    await expect(audience.getByRole('heading', { level: 1 })).toHaveText('Activities')
    const full = await readBoard(audience, '.activity-text')
    expect(full.visible).toHaveLength(6)
    expect(parseIndicator(full.indicator).of).toBe(1)
    await shoot(page, audience, 'board-full', size)

    // Thirty activities and three goals: the board pages, visibly.
    await callApi(page, 'workshops:saveBoard', { ...ids, board })
    await expect(audience.getByLabel('Board pages')).toContainText('Page 1 of')
    await shoot(page, audience, 'board-paged', size)
    const texts = board.activities.map((a) => a.text)
    const pages = await pageThrough(page, audience, '.activity-text', texts, 'activities')
    expect(pages).toBeGreaterThan(1)

    await pressShortcut(page, 'ArrowRight')
    await expect(audience.getByRole('heading', { level: 1 })).toHaveText('Goals')
    await shoot(page, audience, 'goals-paged', size)
    await pageThrough(
      page,
      audience,
      '.audience-goal h2',
      board.goals.map((g) => g.title),
      'goals',
    )

    // S on a goal: enlarged over the board, its long title, criteria and twelve activities either
    // fit in type of at least 3.5 % of the height or are counted as left out; nothing is cut.
    const long = {
      ...board,
      goals: board.goals.map((g, i) =>
        i < 2
          ? g
          : {
              ...g,
              title: `${g.title}, for every region and every product line we sell this year`,
              criteria: `${g.criteria} The sales and marketing leads both sign the monthly report.`,
              activityIds: board.activities.slice(0, 12).map((a) => a.id),
            },
      ),
    }
    await callApi(page, 'workshops:saveBoard', { ...ids, board: long })
    await page.getByRole('button', { name: 'Move goal 3 up' }).focus()
    await page.keyboard.press('s')
    const spot = audience.getByRole('region', { name: 'In the spotlight' })
    await expect(spot).toContainText('for every region')
    const spotlit = await readBoard(audience, '.spotlight p, .spotlight li')
    expect(spotlit.cut, 'spotlight cut').toEqual([])
    for (const item of spotlit.visible)
      expect(item.share, `spotlight “${item.text}” too small`).toBeGreaterThanOrEqual(0.035)
    const listed = await spot.locator('li:not(.muted)').count()
    const more = Number(/\+(\d+) more/.exec((await spot.textContent()) ?? '')?.[1] ?? 0)
    expect(listed + more, 'every activity of the goal listed or counted').toBe(12)
    await audience.screenshot({ path: `${shots}/audience-spotlight-${size.width}-projector.png` })
    await page.keyboard.press('s')
    await expect(spot).toBeHidden()

    // Finished: a calm close, not a red overrun.
    await finishSession(page)
    await expect(audience.getByText('Session complete')).toBeVisible()
    await shoot(page, audience, 'complete', size)
    await expect(audience.locator('.tone-overrun')).toHaveCount(0)
  })

  test(`at ${size.width}×${size.height} the heat map of twelve people is one table, names on one line`, async ({
    app,
  }) => {
    test.setTimeout(120_000)
    const page = app.page
    await page.setViewportSize(size)
    const names = [
      ['Ana Souza', 'sales'],
      ['Björn Ek', 'sales'],
      ['Carlos Mendoza-Villanueva', 'sales'],
      ['Daniela Ricci', 'sales'],
      ['Chloé Martin', 'marketing'],
      ['Dmitri Volkov', 'marketing'],
      ['田中 美咲', 'marketing'],
      ['Ngozi Okonkwo', 'marketing'],
      ['Priya Raghunathan', 'marketing'],
      ['Eva Lind', 'management'],
      ['Omar Haddad', 'other'],
      ['Zoë Šimková', 'sales'],
    ] as const
    const client = await callApi(page, 'clients:create', { name: 'Heat GmbH' })
    const members = []
    for (const [name, department] of names)
      members.push(
        await callApi(page, 'members:add', { clientId: client.id, member: { name, department } }),
      )
    const agreement = await callApi(page, 'agreements:create', {
      clientId: client.id,
      title: 'How we reach each other',
      participantIds: members.map((m) => m.id),
      timeZone: 'Europe/Berlin',
    })
    const ratings = Object.fromEntries(
      members.map((m, i) => [
        m.id,
        Object.fromEntries(
          agreement.terms.channels.map((c, k) => [c.id, { score: ((i + k) % 5) + 1, note: '' }]),
        ),
      ]),
    )
    await callApi(page, 'agreements:save', {
      clientId: client.id,
      agreementId: agreement.id,
      ratings,
      terms: agreement.terms,
    })
    const session = await callApi(page, 'agreements:startSession', {
      clientId: client.id,
      agreementId: agreement.id,
      plan: DEFAULT_COMMS_PLAN,
    })
    await page.goto(`${new URL(page.url()).origin}/#/clients/${client.id}/workshops/${session.id}`)
    await expect(page.getByRole('main', { name: 'Facilitator console' })).toBeVisible()
    const audience = await openAudience(page)
    await audience.setViewportSize(size)
    const map = audience.getByRole('table', { name: 'Heat map of channel preferences' })
    await expect(map).toBeVisible()
    await expect(audience.getByRole('table')).toHaveCount(1)

    const blocks = await audience.locator('.heat-dept').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect()
        return [r.left, r.right]
      }),
    )
    const sorted = blocks.sort((a, b) => a[0]! - b[0]!)
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i]![0]!, 'department blocks overlap').toBeGreaterThanOrEqual(
        sorted[i - 1]![1]! - 0.5,
      )
    const lines = await audience.locator('.heat-person').evaluateAll((els) =>
      els.map((el) => {
        const range = document.createRange()
        range.selectNodeContents(el)
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)))
        return { name: el.getAttribute('aria-label'), lines: tops.size }
      }),
    )
    for (const l of lines) expect(l.lines, `${l.name} on one line`).toBe(1)
    await shoot(page, audience, 'heat-map', size)
    await pageThrough(
      page,
      audience,
      '.heat-person',
      names.map(([n]) => n),
      'heat map',
    )
    // Department averages: one column per department, on one page.
    await page.getByRole('radio', { name: 'Department averages' }).check()
    await expect(audience.locator('.heat-person')).toHaveCount(0)
    await expect(map.getByRole('columnheader', { name: /Sales/ })).toBeVisible()
    const averages = await readBoard(audience, 'th')
    expect(averages.cut).toEqual([])
    expect(parseIndicator(averages.indicator).of).toBe(1)
    await audience.screenshot({ path: `${shots}/audience-heat-map-departments-${size.width}.png` })

    // The dark theme too: every text at 7:1.
    await setTheme(page, 'Dark')
    await expect(audience.locator('html')).toHaveAttribute('data-theme', 'dark')
    for (const t of await measureText(audience))
      expect(t.contrast, `dark: “${t.text}” contrast`).toBeGreaterThanOrEqual(7)
  })
}

test('with “pages by itself” in settings, a board that does not fit turns its pages with no key', async ({
  app,
}) => {
  test.setTimeout(120_000)
  const page = app.page
  await seedClient(page, 'Nordlicht Media', SIX)
  await createWorkshop(page)
  const ids = idsOf(page)
  const { workshop } = await callApi(page, 'workshops:get', ids)
  await callApi(page, 'workshops:saveBoard', { ...ids, board: bigBoard(workshop.participants) })
  const audience = await openAudience(page)
  await pressShortcut(page, 'ArrowRight')
  const indicator = audience.getByLabel('Board pages')
  await expect(indicator).toContainText('Page 1 of')
  await openSettings(page)
  await page
    .getByLabel('A board that does not fit the projector')
    .selectOption({ label: 'Pages by itself every 8 seconds' })
  // Every 8 s: page 2 within two turns of the timer, then on to page 3, no key pressed.
  await expect(indicator).toContainText('Page 2 of', { timeout: 20_000 })
  await expect(indicator).toContainText('Page 3 of', { timeout: 20_000 })
})
