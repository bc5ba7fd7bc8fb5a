import type { SheetHeader } from '../../shared/pdf/sheet-models'
import { COLORS, formatDate } from './format'
import type { PageWriter } from './page-writer'

/** Client and date at the top of every page, so a loose page still says where it belongs. */
export const runningHeader = (w: PageWriter, h: SheetHeader, label: string) => () => {
  const y = 30
  w.drawLine(h.clientName, w.left, y, { size: 9, weight: 'bold', color: COLORS.text })
  w.drawLine(`${label} · ${formatDate(h.sessionDate)}`, w.left, y, {
    size: 9,
    color: COLORS.muted,
    align: 'right',
    width: w.width,
  })
  w.rule(y + 16)
}

export const heading = (w: PageWriter, text: string, size = 13) => {
  w.ensure(w.lineHeight(size) * 3)
  w.gap(6)
  w.paragraph(text, { size, weight: 'bold' })
  w.gap(2)
}

/** A labelled value with a line under it, or a blank line to write on when there is no value. */
export const field = (
  w: PageWriter,
  label: string,
  value: string,
  x: number,
  width: number,
  y: number,
) => {
  w.drawLine(label, x, y, { size: 7.5, color: COLORS.muted })
  if (value) w.drawLine(value, x, y + 11, { size: 10.5, weight: 'bold' })
  w.rule(y + 28, COLORS.rule, x, x + width - 10)
}

export const signatureLines = (w: PageWriter, who: string[]) => {
  w.ensure(60 * Math.ceil(who.length / 2) + 20)
  w.gap(24)
  const colW = w.width / 2
  who.forEach((name, i) => {
    const x = w.left + (i % 2) * colW
    if (i % 2 === 0 && i > 0) w.gap(56)
    w.rule(w.y + 26, COLORS.text, x, x + colW * 0.62)
    w.rule(w.y + 26, COLORS.text, x + colW * 0.68, x + colW - 12)
    w.drawLine(`Signature — ${name}`, x, w.y + 30, { size: 8, color: COLORS.muted })
    w.drawLine('Date', x + colW * 0.68, w.y + 30, { size: 8, color: COLORS.muted })
  })
  w.gap(56)
}

/** Writes "Page n of m" under every page of one sheet, once the sheet's length is known. */
export const pageNumbers = (w: PageWriter, first: number, last: number, label: string) => {
  const total = last - first + 1
  for (let i = first; i <= last; i++) {
    w.doc.switchToPage(i)
    const y = w.pageHeight - 36
    w.drawLine(label, w.left, y, { size: 8, color: COLORS.muted })
    w.drawLine(`Page ${i - first + 1} of ${total}`, w.left, y, {
      size: 8,
      color: COLORS.muted,
      align: 'right',
      width: w.width,
    })
  }
}
