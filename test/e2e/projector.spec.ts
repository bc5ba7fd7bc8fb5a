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
    const tag = `${size.width}`

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
    for (const theme of ['Light', 'Projector (high contrast)']) {
      await setTheme(page, theme)
      const name = theme === 'Light' ? 'light' : 'projector'
      await expect(audience.locator('html')).toHaveAttribute('data-theme', name)
      await audience.screenshot({ path: `${shots}/audience-board-full-${tag}-${name}.png` })
      await page.screenshot({ path: `${shots}/console-board-${tag}-${name}.png` })
    }
    await setTheme(page, 'Light')

    // Thirty activities and three goals: the board pages, visibly.
    await callApi(page, 'workshops:saveBoard', { ...ids, board })
    await expect(audience.getByLabel('Board pages')).toContainText('Page 1 of')
    await audience.screenshot({ path: `${shots}/audience-board-paged-${tag}-light.png` })
    const texts = board.activities.map((a) => a.text)
    const pages = await pageThrough(page, audience, '.activity-text', texts, 'activities')
    expect(pages).toBeGreaterThan(1)

    await pressShortcut(page, 'ArrowRight')
    await expect(audience.getByRole('heading', { level: 1 })).toHaveText('Goals')
    await setTheme(page, 'Projector (high contrast)')
    await expect(audience.locator('html')).toHaveAttribute('data-theme', 'projector')
    await audience.screenshot({ path: `${shots}/audience-board-paged-${tag}-projector.png` })
    await pageThrough(
      page,
      audience,
      '.audience-goal h2',
      board.goals.map((g) => g.title),
      'goals',
    )

    // Finished: a calm close, not a red overrun.
    await finishSession(page)
    await expect(audience.getByText('Session complete')).toBeVisible()
    await audience.screenshot({ path: `${shots}/audience-complete-${tag}-projector.png` })
    await setTheme(page, 'Light')
    await expect(audience.locator('html')).toHaveAttribute('data-theme', 'light')
    await audience.screenshot({ path: `${shots}/audience-complete-${tag}-light.png` })
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
    await audience.screenshot({ path: `${shots}/audience-heat-map-${size.width}-light.png` })
    await pageThrough(
      page,
      audience,
      '.heat-person',
      names.map(([n]) => n),
      'heat map',
    )
    for (const theme of ['Dark', 'Projector (high contrast)', 'Light']) {
      await setTheme(page, theme)
      const name = theme.split(' ')[0]!.toLowerCase()
      await expect(audience.locator('html')).toHaveAttribute('data-theme', name)
      for (const t of await measureText(audience))
        expect(t.contrast, `${theme}: “${t.text}” contrast`).toBeGreaterThanOrEqual(7)
      if (name === 'projector')
        await audience.screenshot({
          path: `${shots}/audience-heat-map-${size.width}-projector.png`,
        })
    }
  })
}
