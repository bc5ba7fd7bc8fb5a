import { describe, expect, it } from 'vitest'
import { checkRenderable, renderPdf } from '../../../../electron/pdf/render'
import type {
  ActionPlanRow,
  ActionPlanSheetModel,
  RenderRequest,
} from '../../../../shared/pdf/sheet-models'
import {
  allText,
  fonts,
  pageCount,
  layoutPages,
  qpdfCheck,
  savePdf,
  squash,
  toPngs,
} from '../../../support/pdf-tools'
import { header, NAMES } from '../../../support/sheet-fixtures'

const render = async (name: string, request: RenderRequest) => {
  const result = await renderPdf(request)
  const path = savePdf(name, result.pdf)
  expect(qpdfCheck(path)).toContain('No syntax or stream encoding errors')
  for (const f of fonts(path)) expect(f.embedded, `${f.name} is not embedded`).toBe(true)
  return { ...result, path }
}

const row = (name: string, n: number, patch: Partial<ActionPlanRow> = {}): ActionPlanRow => ({
  name,
  department: n % 2 ? 'Marketing' : 'Sales',
  // Short enough for one line in its column: pdftotext reads wrapped table cells out of order.
  plan: `Plan ${n}: call web leads same day`,
  commitment: `Report it on Fridays (${n})`,
  dueDate: '2026-12-15',
  statedOn: '2026-11-23',
  spoken: '1:4' + (n % 10),
  ...patch,
})

const model = (people: ActionPlanRow[]): ActionPlanSheetModel => ({
  kind: 'action-plan',
  header: { ...header, workshopTitle: 'Cold leads: who does what' },
  printedDate: '2026-11-24',
  meetingPlan: {
    what: 'Decide what each of us changes so fewer leads go cold.',
    who: 'The sales desk and the campaign team; Eva Lind chairs.',
    how: 'Ideas round, then silent drafting, then one plan each.',
  },
  topic: 'Leads that go cold before anyone calls',
  endGoal: 'Everyone leaves with a plan and a date they stand behind.',
  ideas: [
    { text: 'Tag web leads hot or warm before noon', by: NAMES.french },
    { text: 'One shared lead board on the wall', by: null },
    { text: 'Ten-minute stand-up on Mondays', by: NAMES.polish },
  ],
  people,
  nextMeeting: '2027-01-12',
  notes: 'Bring the CRM numbers for December.',
  outcome: {
    status: 'finished',
    plannedMs: 28 * 60_000,
    actualMs: 21.5 * 60_000,
    minutesEarly: 6,
    summary: 'Planned 28 min, took 21 min 30 s: ended 6 min early.',
  },
})

const request = (m: ActionPlanSheetModel, pageSize: 'A4' | 'LETTER' = 'A4'): RenderRequest => ({
  sheets: [m],
  pageSize,
  title: `${m.header.workshopTitle} — action plan`,
})

const FOUR = [
  row(NAMES.french, 1),
  row(NAMES.polish, 2, { statedOn: null, commitment: '', dueDate: null }),
  row(NAMES.german, 3),
  row('Ola Nordmann', 4),
]

/** About 5,000 characters of ordinary words, so it wraps like a real, very long plan. */
const longPlan = (n: number) =>
  `Plan ${n}. ` +
  'We call each new inbound lead on the day it arrives and log the outcome in the CRM. '.repeat(59)

describe('the printed action plan', { timeout: 120_000 }, () => {
  it('prints the plan, topic, end goal, ideas, each plan and commitment and the next meeting', async () => {
    for (const size of ['A4', 'LETTER'] as const) {
      const {
        path,
        warnings,
        pageCount: pages,
      } = await render(`action-plan-four-${size}`, request(model(FOUR), size))
      expect(warnings).toEqual([])
      expect(pageCount(path)).toBe(pages)
      if (size === 'A4') toPngs(path, 'action-plan')
      const text = squash(allText(path))
      for (const s of [
        'Action-plan meeting',
        'Cold leads: who does what',
        'Decide what each of us changes so fewer leads go cold.',
        'Leads that go cold before anyone calls',
        'Everyone leaves with a plan and a date they stand behind.',
        'Planned 28 min, took 21 min 30 s: ended 6 min early.',
        'Tag web leads hot or warm before noon',
        'One shared lead board on the wall',
        'Ten-minute stand-up on Mondays',
        'Follow-up on 12 Jan 2027',
        'Bring the CRM numbers for December.',
      ])
        expect(text).toContain(s)
      for (const [i, p] of FOUR.entries()) {
        expect(text).toContain(p.name)
        expect(text).toContain(`Plan ${i + 1}: call web leads same day`)
        if (p.commitment) expect(text).toContain(p.commitment)
      }
      expect(text).toContain('Stated · spoke 1:41')
      expect(text).toContain('Not stated · spoke 1:42')
      expect(text).toContain('15 Dec 2026')
    }
  })

  it('says so where the meeting left things out', async () => {
    const empty: ActionPlanSheetModel = {
      ...model([]),
      meetingPlan: { what: '', who: '', how: '' },
      ideas: [],
      nextMeeting: null,
      notes: '',
    }
    const { path, pageCount: pages } = await render('action-plan-empty', request(empty))
    expect(pages).toBe(1)
    const text = squash(allText(path))
    expect(text).toContain('No ideas were noted.')
    expect(text).toContain('Nobody was recorded as present.')
    expect(text).toContain('No date for the next meeting was set.')
  })

  it('flows 40 people with 5,000-character plans over many pages, every name and header kept', async () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      row(`Teammate ${String(i + 1).padStart(3, '0')}`, i + 1, {
        plan: longPlan(i + 1),
        commitment: `Commitment ${i + 1}: ` + 'every lead, every day. '.repeat(20),
      }),
    )
    expect(many[0]!.plan.length).toBeGreaterThanOrEqual(4_900)
    expect(many[0]!.plan.length).toBeLessThanOrEqual(5_000)
    const small = await render('action-plan-small', request(model(FOUR)))
    const big = await render('action-plan-40', request(model(many)))
    expect(big.pageCount).toBeGreaterThan(small.pageCount + 10)
    expect(pageCount(big.path)).toBe(big.pageCount)
    const text = allText(big.path)
    const found = new Set(text.match(/Teammate \d{3}/g))
    expect(many.map((p) => p.name).filter((n) => !found.has(n))).toEqual([])
    // The table header repeats on every page the table runs onto, and a row that runs onto a page
    // opens there with its person's name, marked as continued.
    let continued = 0
    const pages = layoutPages(big.path)
    expect(pages).toHaveLength(big.pageCount)
    for (let page = 3; page < big.pageCount; page++) {
      const here = pages[page - 1]!
      expect(here).toMatch(/Person\s+Plan\s+Commitment\s+Due/)
      const carried = /(Teammate \d{3}) \(continued\)/.exec(here)?.[1]
      if (!carried) continue
      continued++
      const before = pages[page - 2]!.match(/Teammate \d{3}/g) ?? []
      expect(carried, `page ${page}`).toBe(before.at(-1))
    }
    expect(continued).toBeGreaterThan(big.pageCount / 2)
    const last = pages[big.pageCount - 1]!
    expect(last).toContain(`Page ${big.pageCount} of ${big.pageCount}`)
    expect(squash(allText(big.path))).toContain('Follow-up on 12 Jan 2027')
  })

  it('prints Greek and Cyrillic names as text', async () => {
    const people = [
      row(NAMES.greek, 1),
      row(NAMES.russian, 2),
      row('Ελένη Γεωργίου', 3),
      row('Дмитрий Смирнов', 4),
    ]
    const m = { ...model(people), ideas: [{ text: 'Общая доска лидов', by: NAMES.russian }] }
    const { path, warnings } = await render('action-plan-scripts', request(m))
    expect(warnings).toEqual([])
    const text = squash(allText(path))
    for (const p of people) expect(text).toContain(p.name)
    expect(text).toContain('Общая доска лидов')
  })

  it('finds emoji deep inside the sheet before anything is printed', () => {
    const m = model([row(NAMES.french, 1, { commitment: 'Every lead 🚀' })])
    const warnings = checkRenderable(request({ ...m, ideas: [{ text: 'Board 📌', by: null }] }))
    expect(warnings).toMatchObject([{ kind: 'emoji-replaced' }])
    expect(warnings[0]!.sample).toContain('🚀')
    expect(warnings[0]!.sample).toContain('📌')
  })
})
