import { describe, expect, it } from 'vitest'
import { renderPdf } from '../../../../electron/pdf/render'
import { resolveFormats } from '../../../../shared/format/formats'
import type { GoalSheetModel, RenderRequest, SheetGoal } from '../../../../shared/pdf/sheet-models'
import {
  allText,
  fonts,
  pageBodies,
  pageCount,
  pdfInfo,
  pdfLanguage,
  qpdfCheck,
  savePdf,
  squash,
  toPngs,
} from '../../../support/pdf-tools'
import { activity, header, NAMES, personal } from '../../../support/sheet-fixtures'

const formats = (locale: string) =>
  resolveFormats(
    { locale, dateStyle: 'auto', timeStyle: 'auto', paper: 'auto', weekStart: 'auto' },
    locale,
  )

const render = async (name: string, request: RenderRequest) => {
  const result = await renderPdf(request)
  const path = savePdf(name, result.pdf)
  expect(qpdfCheck(path)).toContain('No syntax or stream encoding errors')
  for (const f of fonts(path)) expect(f.embedded, `${f.name} is not embedded`).toBe(true)
  return { ...result, path }
}

const TITLES = [
  'Every qualified lead followed up within two days',
  'One campaign calendar both teams plan from',
  'Win-loss notes reach marketing every week',
]

/** `perGoal` activities in each of `goalCount` goals, owned in turn by the sheet's member and others. */
const goalsWith = (goalCount: number, perGoal: number, me: string, myId: string): SheetGoal[] =>
  Array.from({ length: goalCount }, (_, g) => ({
    id: `goal-${g}`,
    title: TITLES[g % TITLES.length]!,
    criteria: 'The CRM shows 90 % of marketing-qualified leads contacted within 48 hours.',
    begins: '2026-12-01',
    ends: '2027-03-31',
    confirmed: true,
    activities: Array.from({ length: perGoal }, (_, i) => {
      const n = g * perGoal + i
      const mine = n % 2 === 0
      return activity(n, {
        text: `Activity ${n + 1}: share the qualified leads every Monday morning`,
        ownerName: mine ? me : NAMES.german,
        ownerId: mine ? myId : 'member-de',
        dueDate: `2027-01-${String((n % 28) + 1).padStart(2, '0')}`,
      })
    }),
  }))

const sheetFor = (name: string, goalCount: number, perGoal: number): GoalSheetModel => {
  const goals = goalsWith(goalCount, perGoal, name, 'member-me')
  return {
    ...personal(name, 'member-me'),
    goals,
    myActivities: goals.flatMap((g) => g.activities).filter((a) => a.ownerId === 'member-me'),
  }
}

const SCRIPTS = { latin: NAMES.polish, hebrew: NAMES.hebrew, japanese: NAMES.japanese }

describe('one page per person', { timeout: 120_000 }, () => {
  for (const [script, name] of Object.entries(SCRIPTS))
    for (const pageSize of ['A4', 'LETTER'] as const)
      it(`fits 3 goals and 12 activities on one ${pageSize} page, in ${script}, for a member and for the manager`, async () => {
        const member = sheetFor(name, 3, 4)
        const manager: GoalSheetModel = {
          ...member,
          role: 'manager',
          managerName: null,
          supportNote: 'Budget for the CRM report approved',
        }
        for (const [who, sheet] of [
          ['member', member],
          ['manager', manager],
        ] as const) {
          const { path } = await render(`one-page-${script}-${pageSize}-${who}`, {
            sheets: [sheet],
            pageSize,
            title: 'One page',
          })
          expect(pageCount(path), `${who} sheet`).toBe(1)
          const text = squash(allText(path))
          for (let n = 1; n <= 12; n++) expect(text).toContain(`Activity ${n}:`)
          if (pageSize === 'LETTER' && script === 'japanese') toPngs(path, `one-page-${who}`)
        }
      })

  it('with 40 activities, never opens a page with signatures alone, and keeps each activity with its owner and date', async () => {
    const sheet = sheetFor(NAMES.polish, 2, 20)
    const { path } = await render('forty-personal', {
      sheets: [sheet],
      pageSize: 'LETTER',
      title: 'Forty',
      formats: formats('en-US'),
    })
    const pages = pageCount(path)
    expect(pages).toBeGreaterThan(1)
    toPngs(path, 'forty-personal')
    const bodies = pageBodies(path, pages)
    for (const [i, body] of bodies.entries()) {
      expect(body[0], `page ${i + 1} starts with`).not.toMatch(/Signature|^\s*Date\s*$/)
      if (i > 0) expect(body[0], `page ${i + 1}`).toContain('(continued)')
    }
    const lines = bodies.flat()
    for (let n = 1; n <= 40; n++) {
      const line = lines.find((l) => l.includes(`Activity ${n}:`))
      expect(line, `activity ${n}`).toBeDefined()
      const a = sheet.goals.flatMap((g) => g.activities)[n - 1]!
      const owner = a.ownerId === 'member-me' ? 'You' : NAMES.german
      expect(line, `activity ${n}'s line`).toContain(owner)
      expect(line, `activity ${n}'s line`).toMatch(/Jan \d{1,2}, 2027/)
    }
  })

  it('is a tagged PDF 1.7 with the language, the facilitator as author, and bold faces for Japanese and Hebrew names', async () => {
    const { path } = await render('tagged', {
      sheets: [sheetFor(NAMES.japanese, 1, 2), sheetFor(NAMES.hebrew, 1, 2)],
      pageSize: 'A4',
      title: 'Goal sheets',
      formats: formats('de-DE'),
      author: 'Françoise Lefèvre',
    })
    const info = pdfInfo(path)
    expect(info).toMatchObject({ tagged: 'yes', author: 'Françoise Lefèvre', version: '1.7' })
    expect(info.subject).toContain(header.clientName)
    expect(pdfLanguage(path)).toBe('de-DE')
    const names = fonts(path).map((f) => f.name)
    expect(names.some((n) => /NotoSansJP-Bold/.test(n))).toBe(true)
    expect(names.some((n) => /NotoSansHebrew-Bold/.test(n))).toBe(true)
  })
})
