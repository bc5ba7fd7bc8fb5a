import type { SheetHeader } from '../../shared/pdf/sheet-models'
import { COLORS } from './format'
import type { PageWriter } from './page-writer'

/** Client and date at the top of every page, so a loose page still says where it belongs. */
export const runningHeader = (w: PageWriter, h: SheetHeader, label: string) => () => {
  const y = 24
  w.drawLine(h.clientName, w.left, y, { size: 8.5, weight: 'bold', color: COLORS.text })
  w.drawLine(`${label} · ${w.fmt.date(h.sessionDate)}`, w.left, y, {
    size: 8.5,
    color: COLORS.muted,
    align: 'right',
    width: w.width,
  })
  w.rule(y + 15)
}

/** A section heading, kept with at least a few lines of what follows it. */
export const heading = (w: PageWriter, text: string, size = 12, keep = 3) => {
  w.ensure(w.lineHeight(size) + w.lineHeight(10) * keep + 6)
  w.gap(5)
  w.paragraph(text, { size, weight: 'bold', tag: 'H2' })
  w.gap(1)
}

/** The sheet's kind in small capitals above its title. */
export const kicker = (w: PageWriter, text: string) =>
  w.paragraph(text, { size: 8.5, weight: 'bold', color: COLORS.accent })

export const title = (w: PageWriter, text: string, size = 17) =>
  w.paragraph(text, { size, weight: 'bold', tag: 'H1' })

/** A labelled value with a line under it, or a blank line to write on when there is no value. */
export const field = (
  w: PageWriter,
  label: string,
  value: string,
  x: number,
  width: number,
  y: number,
) => {
  w.tags.element('P', () => {
    w.drawLine(label, x, y, { size: 7.5, color: COLORS.muted })
    if (value) w.drawLine(value, x, y + 10, { size: 10, weight: 'bold' })
  })
  w.rule(y + 24, COLORS.rule, x, x + width - 8)
}

/** A row of labelled fields across the width; returns the height used. */
export const fieldRow = (w: PageWriter, fields: [string, string][]) => {
  const col = w.width / fields.length
  w.ensure(30)
  fields.forEach(([label, value], i) => field(w, label, value, w.left + i * col, col, w.y))
  w.gap(30)
}

/** Ruled lines to write on by hand. */
export const writingLines = (w: PageWriter, count: number, spacing = 21, indent = 0) => {
  for (let i = 0; i < count; i++) {
    w.ensure(spacing)
    w.gap(spacing)
    w.rule(w.y, COLORS.rule, w.left + indent)
  }
  w.gap(4)
}

export const SIGNATURE_HEIGHT = 42

/** Signature and date lines, two to a row; the caller keeps them with the text they close. */
export const signatureLines = (w: PageWriter, who: string[]) => {
  const colW = w.width / 2
  w.tags.element('Form', () =>
    who.forEach((name, i) => {
      const x = w.left + (i % 2) * colW
      if (i % 2 === 0 && i > 0) w.gap(SIGNATURE_HEIGHT)
      w.rule(w.y + 24, COLORS.text, x, x + colW * 0.6)
      w.rule(w.y + 24, COLORS.text, x + colW * 0.66, x + colW - 12)
      w.drawLine(`Signature — ${name}`, x, w.y + 28, { size: 8, color: COLORS.muted })
      w.drawLine('Date', x + colW * 0.66, w.y + 28, { size: 8, color: COLORS.muted })
    }),
  )
  w.gap(SIGNATURE_HEIGHT)
}

export const signaturesHeight = (count: number) => Math.ceil(count / 2) * SIGNATURE_HEIGHT

/** Writes "Page n of m" under every page of one sheet, once the sheet's length is known. */
export const pageNumbers = (w: PageWriter, first: number, last: number, label: string) => {
  const total = last - first + 1
  for (let i = first; i <= last; i++) {
    w.doc.switchToPage(i)
    const y = w.pageHeight - 30
    w.tags.artifact(() => {
      w.drawLine(label, w.left, y, { size: 7.5, color: COLORS.muted })
      w.drawLine(`Page ${i - first + 1} of ${total}`, w.left, y, {
        size: 7.5,
        color: COLORS.muted,
        align: 'right',
        width: w.width,
      })
    })
  }
}
