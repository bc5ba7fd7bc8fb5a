import { describe, expect, it } from 'vitest'
import { checkRenderable, renderPdf } from '../../../../electron/pdf/render'
import type { RenderRequest } from '../../../../shared/pdf/sheet-models'
import {
  allText,
  fonts,
  pageCount,
  pageSizePts,
  pageText,
  qpdfCheck,
  savePdf,
  squash,
  toPngs,
} from '../../../support/pdf-tools'
import { activity, header, NAMES, personal, summary } from '../../../support/sheet-fixtures'

const render = async (name: string, request: RenderRequest) => {
  const result = await renderPdf(request)
  const path = savePdf(name, result.pdf)
  expect(qpdfCheck(path)).toContain('No syntax or stream encoding errors')
  for (const f of fonts(path)) expect(f.embedded, `${f.name} is not embedded`).toBe(true)
  return { ...result, path }
}

describe('printed goal sheets', { timeout: 60_000 }, () => {
  it('prints every name in French, Polish, German, Greek, Russian, Hebrew and Japanese on its own sheet', async () => {
    const names = Object.values(NAMES)
    const sheets = names.map((n, i) => personal(n, `member-${i}`))
    const { path, warnings } = await render('names', { sheets, pageSize: 'A4', title: 'Names' })
    toPngs(path, 'names')
    expect(warnings).toEqual([])
    expect(pageCount(path)).toBe(names.length)
    names.forEach((name, i) => {
      const text = pageText(path, i + 1)
      // pdftotext gives right-to-left words in visual order; compare Hebrew word by word.
      for (const word of name.split(' ')) expect(text, `page ${i + 1}`).toContain(word)
      expect(text).toContain('Goal sheet')
      expect(text).toContain('Page 1 of 1')
    })
  })

  it('carries all of the goal sheet fields', async () => {
    const { path } = await render('fields', {
      sheets: [personal()],
      pageSize: 'A4',
      title: 'Fields',
    })
    const text = squash(allText(path))
    for (const label of [
      'Team member',
      "Today's date",
      'Goal begins',
      'Goal ends',
      'Review 1',
      'Review 2',
      'Review 3',
      'Review 4',
      'Activities to stop',
      'Activities to improve',
      'Other activities (continue or new)',
      'My commitment',
      'Signature — Łukasz Wójcik',
      'Signature — Eva Lind (manager)',
    ]) {
      expect(text).toContain(label)
    }
    expect(text).toContain('10 Jan 2027')
    // Their own activities are marked as theirs, in bold on a band.
    expect(pageText(path, 1)).toMatch(/Monday morning \(0\)\s+Sales\s+You\s+15 Dec 2026/)
  })

  it('flows a 5,000-character activity onto the next pages complete and in order, on A4 and Letter', async () => {
    const words = Array.from({ length: 834 }, (_, i) => `w${String(i).padStart(4, '0')}`)
    const long = words.join(' ').slice(0, 5000)
    const model = {
      ...summary(),
      goals: [{ ...summary().goals[0]!, activities: [activity(1, { text: long })] }],
    }
    for (const pageSize of ['A4', 'LETTER'] as const) {
      const { path, pageCount: pages } = await render(`long-${pageSize}`, {
        sheets: [model],
        pageSize,
        title: 'Long',
      })
      expect(pages).toBeGreaterThan(1)
      const found = allText(path).match(/w\d{4}/g) ?? []
      expect(found.join(' ')).toBe(long.match(/w\d{4}/g)!.join(' '))
      expect(pageSizePts(path)).toEqual(pageSize === 'A4' ? [595.28, 841.89] : [612, 792])
      for (let p = 1; p <= pages; p++) expect(pageText(path, p)).toContain(`Page ${p} of ${pages}`)
    }
  })

  it('spreads 40 activities over several pages, repeating the group and column names on each', async () => {
    const acts = Array.from({ length: 40 }, (_, i) =>
      activity(i, {
        text: `Activity ${i + 1}: ${'write the weekly win-loss notes for marketing '.repeat(2)}`,
      }),
    )
    const model = { ...summary(), goals: [{ ...summary().goals[0]!, activities: acts }] }
    const { path, pageCount: pages } = await render('forty', {
      sheets: [model],
      pageSize: 'A4',
      title: 'Forty',
    })
    toPngs(path, 'forty')
    expect(pages).toBeGreaterThanOrEqual(3)
    for (let p = 1; p <= pages - 1; p++) expect(pageText(path, p)).toMatch(/Team\s+Owner\s+Due/)
    for (let p = 2; p <= pages - 1; p++) expect(pageText(path, p)).toContain('(continued)')
    const all = squash(allText(path))
    for (let i = 1; i <= 40; i++) expect(all).toContain(`Activity ${i}:`)
  })

  it('prints a batch of 200 members, each sheet numbered on its own', async () => {
    const sheets = Array.from({ length: 200 }, (_, i) => personal(`Member ${i + 1}`, `member-${i}`))
    const { path, pageCount: pages } = await render('batch-200', {
      sheets,
      pageSize: 'LETTER',
      title: 'Batch',
    })
    expect(pages).toBe(200)
    expect(pageText(path, 137)).toContain('Member 137')
  })

  it('says what is missing on the sheet of an empty workshop', async () => {
    const empty = {
      ...personal(),
      goals: [],
      myActivities: [],
      commitment: '',
      committed: false,
      reviewDates: [null, null, null, null],
      goalBegins: null,
      goalEnds: null,
    }
    const emptySummary = { ...summary(), goals: [], members: [], support: [] }
    const { path } = await render('empty', {
      sheets: [emptySummary, empty],
      pageSize: 'A4',
      title: 'Empty',
    })
    toPngs(path, 'empty')
    expect(squash(pageText(path, 1))).toContain('No goal was set in this workshop yet')
    expect(squash(pageText(path, 2))).toContain('No goal was set in this workshop yet')
    expect(squash(pageText(path, 2))).toContain('Not recorded in the session')
    expect(squash(pageText(path, 1))).toContain('Nobody was recorded as present')
    expect(squash(pageText(path, 1))).toContain('No support was recorded yet')
  })

  it('refuses a request without any sheet instead of writing a page-less file', async () => {
    await expect(renderPdf({ sheets: [], pageSize: 'A4', title: 'None' })).rejects.toThrow(
      /Nothing to print/,
    )
  })

  it('replaces emoji and unprintable scripts visibly and says so before export', () => {
    const request: RenderRequest = {
      sheets: [
        {
          ...personal(),
          memberName: 'Mina 🎉 김민지',
          header: { ...header, clientName: 'Acme 🚀' },
        },
      ],
      pageSize: 'A4',
      title: 'Emoji',
    }
    const warnings = checkRenderable(request)
    expect(warnings.map((w) => w.kind).sort()).toEqual(['emoji-replaced', 'missing-glyphs'])
    expect(warnings.find((w) => w.kind === 'emoji-replaced')?.sample).toContain('🎉')
    expect(warnings.find((w) => w.kind === 'missing-glyphs')?.sample).toContain('김')
  })
})
