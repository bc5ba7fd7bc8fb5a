import type { ReportModel } from '../../shared/pdf/report-model'
import { COLORS } from './format'
import type { PageWriter } from './page-writer'
import { SECTIONS } from './report-sections'
import { kicker, runningHeader } from './sheet-parts'

/** Figures a director reads first, in boxes across the cover. */
const keyFigures = (w: PageWriter, m: ReportModel) => {
  const t = m.totals
  const boxes: [string, string][] = [
    [String(t.sessions), t.sessions === 1 ? 'session held' : 'sessions held'],
    [String(t.goals), t.goals === 1 ? 'team goal' : 'team goals'],
    [`${t.done} of ${t.activities}`, 'promised items done'],
    [String(t.reviews), t.reviews === 1 ? 'goal review' : 'goal reviews'],
  ]
  const col = w.width / boxes.length
  const top = w.y
  w.tags.element('L', () =>
    boxes.forEach(([value, label], i) => {
      const x = w.left + i * col
      w.tags.artifact(() =>
        w.doc
          .rect(x, top, col - 10, 62)
          .fillColor(COLORS.band)
          .fill(),
      )
      w.tags.element('LI', () => {
        w.drawLine(value, x + 10, top + 12, { size: 18, weight: 'bold', color: COLORS.accent })
        w.drawLine(label, x + 10, top + 40, { size: 8.5, color: COLORS.muted })
      })
    }),
  )
  w.y = top + 76
}

const cover = (w: PageWriter, m: ReportModel) => {
  w.newPage()
  w.gap(90)
  kicker(w, 'Engagement report')
  w.paragraph(m.header.clientName, { size: 30, weight: 'bold', tag: 'H1' })
  w.gap(4)
  w.paragraph('Sales and marketing alignment: sessions, goals, follow-up and agreements', {
    size: 12,
    color: COLORS.muted,
  })
  w.gap(26)
  const period =
    m.period.from && m.period.to
      ? `${w.fmt.date(m.period.from)} – ${w.fmt.date(m.period.to)}`
      : 'No session held yet'
  w.paragraph(`Period: ${period}`, { size: 10.5 })
  const by = m.header.facilitatorName ? ` by ${m.header.facilitatorName}` : ''
  w.paragraph(`Prepared${by} on ${w.fmt.date(m.preparedOn)}`, { size: 10.5 })
  w.gap(30)
  keyFigures(w, m)
}

const TOC_TOP = 110
const TOC_LINE = 24

/** Room for the contents is kept on page 2; the page numbers are written once they are known. */
const contents = (
  w: PageWriter,
  entries: { title: string; page: number }[],
  tocPage: number,
  fill: (body: () => void) => void,
) => {
  w.doc.switchToPage(tocPage)
  w.y = TOC_TOP
  fill(() =>
    entries.forEach((e, i) => {
      const y = w.y
      w.tags.element('TOCI', () => {
        w.drawLine(`${i + 1}.  ${e.title}`, w.left, y, { size: 11 })
        w.drawLine(String(e.page), w.left, y, { size: 11, align: 'right', width: w.width })
      })
      w.rule(y + 16, COLORS.faint)
      w.y += TOC_LINE
    }),
  )
}

/**
 * One document for the client: a cover, the contents with page numbers, then every section. Each
 * section is also a bookmark, so a reader jumps to it in any PDF viewer.
 */
export const drawReport = (w: PageWriter, m: ReportModel) => {
  w.setHeader(() => undefined)
  const first = w.pageIndex + 1
  cover(w, m)
  w.setHeader(runningHeader(w, m.header, 'Engagement report'))
  w.newPage()
  const tocPage = w.pageIndex
  w.paragraph('Contents', { size: 18, weight: 'bold', tag: 'H1' })
  const fillContents = w.tags.placeholder('TOC')
  const shown = SECTIONS.filter((section) => section.shown(m))
  // The contents take a known height; the first section follows on the same page.
  w.y = TOC_TOP + shown.length * TOC_LINE + 24
  const entries: { title: string; page: number; index: number }[] = []
  for (const section of shown) {
    if (section.newPage || w.bottom - w.y < section.keep + 50) w.newPage()
    else w.gap(14)
    entries.push({ title: section.title, page: w.pageIndex - first + 1, index: w.pageIndex })
    w.tags.element('Sect', () => {
      w.paragraph(section.title, { size: 16, weight: 'bold', tag: 'H1' })
      w.gap(4)
      section.draw(w, m)
    })
  }
  const last = w.pageIndex
  for (const e of entries) {
    w.doc.switchToPage(e.index)
    w.doc.outline.addItem(e.title)
  }
  contents(w, entries, tocPage, fillContents)
  w.doc.switchToPage(last)
}
