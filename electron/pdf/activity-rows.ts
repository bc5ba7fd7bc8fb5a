import type { SheetActivity } from '../../shared/pdf/sheet-models'
import { COLORS, TAG } from './format'
import type { PageWriter } from './page-writer'

/** Where each column starts, as a share of the text width. */
const COLUMNS = { text: 0, team: 0.57, owner: 0.67, due: 0.86 }
const SIZE = 9.5
const PAD = 2.5

export const GROUPS = [
  { kind: 'stop', label: 'Activities to stop' },
  { kind: 'improve', label: 'Activities to improve' },
  { kind: 'continue', label: 'Other activities (continue or new)' },
] as const

const x = (w: PageWriter, column: keyof typeof COLUMNS) =>
  w.left + 8 + COLUMNS[column] * (w.width - 8)
const widthOf = (w: PageWriter, from: keyof typeof COLUMNS, to: number) =>
  (to - COLUMNS[from]) * (w.width - 8) - 6

/** The group's name on the left and the column names on the right, in one line. */
const groupLine = (w: PageWriter, label: string) => {
  const y = w.y
  w.tags.element('TR', () => {
    w.tags.element('TH', () =>
      w.drawLine(label, x(w, 'text'), y, { size: 8, weight: 'bold', color: COLORS.muted }),
    )
    for (const [column, name] of [
      ['team', 'Team'],
      ['owner', 'Owner'],
      ['due', 'Due'],
    ] as const)
      w.tags.element('TH', () =>
        w.drawLine(name, x(w, column), y, { size: 7.5, color: COLORS.muted }),
      )
  })
  w.gap(w.lineHeight(8) + 1)
}

export const rowHeight = (w: PageWriter, a: SheetActivity) =>
  w.wrap(a.text, widthOf(w, 'text', COLUMNS.team), SIZE).length * w.lineHeight(SIZE) + 2 * PAD

/**
 * One activity: its text wraps in the first column; team, owner and due date sit on its first line,
 * so the line that names the activity always names who does it and by when. A row is never split
 * across pages unless it is taller than a page.
 */
const activityRow = (w: PageWriter, a: SheetActivity, memberId: string | null) => {
  const mine = memberId !== null && a.ownerId === memberId
  // Their own rows stand out by the band and a bold "You"; the text keeps its weight, so it wraps
  // the same on everyone's sheet and the sheet stays one page.
  const weight = 'regular'
  const lines = w.wrap(a.text, widthOf(w, 'text', COLUMNS.team), SIZE, weight)
  const height = lines.length * w.lineHeight(SIZE) + 2 * PAD
  if (height < w.bottom - w.top) w.ensure(height)
  if (mine && w.fits(height))
    w.tags.artifact(() =>
      w.doc.rect(w.left, w.y, w.width, height).fillAndStroke(COLORS.highlight, COLORS.highlight),
    )
  const top = w.y + PAD
  w.tags.element('TR', () => {
    const owner = a.ownerName ? (mine ? 'You' : a.ownerName) : 'no owner yet'
    const cells: [keyof typeof COLUMNS, string, number][] = [
      ['team', TAG[a.tag], COLUMNS.owner],
      ['owner', owner, COLUMNS.due],
      ['due', a.dueDate ? w.fmt.date(a.dueDate) : 'no date', 1],
    ]
    for (const [column, text, end] of cells)
      w.tags.element('TD', () =>
        w.drawLine(w.clip(text, widthOf(w, column, end), 8.5), x(w, column), top + 0.8, {
          size: 8.5,
          weight: mine && column === 'owner' ? 'bold' : 'regular',
          color: text.startsWith('no ') ? COLORS.muted : COLORS.text,
        }),
      )
    // Last, so a text longer than a page can flow on while the cells above stay on its first page.
    w.tags.element('TD', () => {
      w.y = top
      for (const line of lines) {
        w.ensure(w.lineHeight(SIZE))
        w.drawLine(line, x(w, 'text'), w.y, { size: SIZE, weight })
        w.y += w.lineHeight(SIZE)
      }
    })
  })
  w.y = Math.max(w.y, top) + PAD
  w.rule(w.y, COLORS.faint)
}

/** A goal's activities in the article's three groups: stop, improve, other (continue or new). */
export const activityGroups = (w: PageWriter, items: SheetActivity[], memberId: string | null) =>
  w.tags.element('Table', () => {
    for (const group of GROUPS) {
      const rows = items.filter((a) => a.kind === group.kind)
      if (rows.length === 0) continue
      // The group's name never stands alone at the foot of a page.
      w.ensure(w.lineHeight(8) + rowHeight(w, rows[0]!) + 2)
      groupLine(w, group.label)
      w.withPageHook(
        () => groupLine(w, `${group.label} (continued)`),
        () => rows.forEach((a) => activityRow(w, a, memberId)),
      )
      w.gap(1.5)
    }
  })
