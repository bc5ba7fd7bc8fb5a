import { COLORS } from './format'
import type { PageWriter } from './page-writer'

export interface Column {
  label: string
  /** Share of the text width, all columns summing to 1. */
  share: number
}

const HEADER_SIZE = 8

/** Labels wrap inside their column (seven channel names share a row), bottom-aligned. */
const header = (w: PageWriter, columns: readonly Column[]) => {
  const labels = columns.map((c) => w.wrap(c.label, c.share * w.width - 6, HEADER_SIZE))
  const count = Math.max(...labels.map((l) => l.length))
  const lh = w.lineHeight(HEADER_SIZE)
  let x = w.left
  w.tags.element('TR', () =>
    labels.forEach((lines, i) => {
      w.tags.element('TH', () =>
        lines.forEach((line, r) =>
          w.drawLine(line, x, w.y + (count - lines.length + r) * lh, {
            size: HEADER_SIZE,
            weight: 'bold',
            color: COLORS.muted,
          }),
        ),
      )
      x += columns[i]!.share * w.width
    }),
  )
  w.gap(13 + (count - 1) * lh)
  w.rule()
  w.gap(4)
}

/**
 * A row whose cells wrap; a row taller than what is left of the page continues on the next page
 * line by line, under a repeated header, so even a 5,000-character cell prints whole. The part on
 * the new page opens with the row's name, marked as continued, so a reader who starts on that page
 * knows whose off-grid times or whose plan they are reading.
 */
const row = (
  w: PageWriter,
  columns: readonly Column[],
  cells: readonly string[],
  size: number,
  boldFirst: boolean,
) => {
  const lh = w.lineHeight(size)
  const lines = cells.map((text, i) => w.wrap(text, columns[i]!.share * w.width - 8, size))
  const count = Math.max(...lines.map((l) => l.length))
  // A row of up to a third of a page moves whole to the next page; only a longer one is split.
  w.ensure(count * lh <= (w.bottom - w.top) / 3 ? count * lh + 6 : 3 * lh)
  for (let r = 0; r < count; r++) {
    // Only once the first cell is printed in full: when it is the long one, it carries on itself.
    const name = lines[0]![0]
    if (w.ensure(lh) && name && r >= lines[0]!.length) {
      w.drawLine(`${name} (continued)`, w.left, w.y, {
        size,
        weight: 'bold',
        color: COLORS.muted,
      })
      w.y += lh
    }
    let x = w.left
    w.tags.element('TR', () =>
      lines.forEach((cell, i) => {
        w.tags.element('TD', () => {
          if (cell[r])
            w.drawLine(cell[r]!, x, w.y, {
              size,
              weight: boldFirst && i === 0 ? 'bold' : 'regular',
            })
        })
        x += columns[i]!.share * w.width
      }),
    )
    w.y += lh
  }
  w.gap(2)
  w.rule(w.y, '#e3e6ea')
  w.gap(4)
}

/** A table that repeats its header on every page it runs onto. */
export const table = (
  w: PageWriter,
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  options: { size?: number; boldFirst?: boolean } = {},
) => {
  w.ensure(40)
  w.tags.element('Table', () => {
    header(w, columns)
    w.withPageHook(
      () => header(w, columns),
      () =>
        rows.forEach((cells) => row(w, columns, cells, options.size ?? 9.5, !!options.boldFirst)),
    )
  })
}
