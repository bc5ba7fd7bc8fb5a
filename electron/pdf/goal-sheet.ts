import type { GoalSheetModel, SheetActivity, SheetGoal } from '../../shared/pdf/sheet-models'
import { COLORS, formatDate, KIND, TAG } from './format'
import type { PageWriter } from './page-writer'
import { field, heading, runningHeader, signatureLines } from './sheet-parts'

/** The article's goal-sheet fields as a form: filled where the workshop set them, lines where not. */
const fieldGrid = (w: PageWriter, m: GoalSheetModel) => {
  const col = w.width / 3
  const rows: [string, string][][] = [
    [
      ['Team member', m.memberName],
      ["Today's date", formatDate(m.todayDate)],
      ['Team', m.memberDepartment],
    ],
    [
      ['Goal begins', formatDate(m.goalBegins)],
      ['Goal ends', formatDate(m.goalEnds)],
      ['Facilitator', m.header.facilitatorName],
    ],
    [
      ['Review 1', formatDate(m.reviewDates[0] ?? null)],
      ['Review 2', formatDate(m.reviewDates[1] ?? null)],
      ['', ''],
    ],
    [
      ['Review 3', formatDate(m.reviewDates[2] ?? null)],
      ['Review 4', formatDate(m.reviewDates[3] ?? null)],
      ['', ''],
    ],
  ]
  for (const row of rows) {
    w.ensure(40)
    row.forEach(([label, value], i) => label && field(w, label, value, w.left + i * col, col, w.y))
    w.gap(38)
  }
}

const activityLine = (a: SheetActivity, memberId: string) => {
  const mine = a.ownerId === memberId
  const who = a.ownerName ? `${mine ? 'You' : a.ownerName}` : 'no owner yet'
  const due = a.dueDate ? `, due ${formatDate(a.dueDate)}` : ''
  return { mine, meta: `${TAG[a.tag]} · ${who}${due}` }
}

/** One list per kind, the sheet's "stop", "improve" and "other (continue or new)" sections. */
const activityList = (w: PageWriter, title: string, items: SheetActivity[], memberId: string) => {
  if (items.length === 0) return
  w.ensure(w.lineHeight(9) + w.lineHeight(10) * 2)
  w.paragraph(title, { size: 9, weight: 'bold', color: COLORS.muted, indent: 12 })
  for (const a of items) {
    const { mine, meta } = activityLine(a, memberId)
    const textHeight = w.heightOf(a.text, {
      indent: 24,
      size: 10,
      weight: mine ? 'bold' : 'regular',
    })
    if (mine && textHeight < w.bottom - w.top) {
      w.gap(3)
      w.ensure(textHeight + w.lineHeight(8.5) + 6)
      w.doc
        .rect(w.left + 16, w.y - 2, w.width - 16, textHeight + w.lineHeight(8.5) + 4)
        .fillAndStroke(COLORS.highlight, COLORS.highlightBorder)
    }
    w.paragraph(`${a.text}`, { indent: 24, size: 10, weight: mine ? 'bold' : 'regular' })
    w.paragraph(meta + (mine ? ' — yours' : ''), {
      indent: 24,
      size: 8.5,
      color: mine ? COLORS.text : COLORS.muted,
    })
    w.gap(3)
  }
}

const goalBlock = (w: PageWriter, g: SheetGoal, n: number, memberId: string) => {
  // Keep a goal's title with its first lines: never alone at the foot of a page.
  w.ensure(w.lineHeight(12) + w.lineHeight(10) * 3)
  w.gap(6)
  w.paragraph(`Goal ${n}: ${g.title || 'untitled goal'}${g.confirmed ? '' : ' (draft)'}`, {
    size: 12,
    weight: 'bold',
    color: COLORS.accent,
  })
  if (g.criteria) w.paragraph(`Met when: ${g.criteria}`, { size: 10 })
  const dates = [
    g.begins && `Begins ${formatDate(g.begins)}`,
    g.ends && `ends ${formatDate(g.ends)}`,
  ]
    .filter(Boolean)
    .join(', ')
  if (dates) w.paragraph(dates, { size: 9, color: COLORS.muted })
  if (g.activities.length === 0)
    w.paragraph('No activities chosen for this goal yet.', { size: 10, color: COLORS.muted })
  activityList(
    w,
    'Activities to stop',
    g.activities.filter((a) => a.kind === 'stop'),
    memberId,
  )
  activityList(
    w,
    'Activities to improve',
    g.activities.filter((a) => a.kind === 'improve'),
    memberId,
  )
  activityList(
    w,
    'Other activities (continue or new)',
    g.activities.filter((a) => a.kind === 'continue'),
    memberId,
  )
}

const myActivities = (w: PageWriter, m: GoalSheetModel) => {
  const mine = m.myActivities
  heading(w, 'My activities')
  if (mine.length === 0)
    w.paragraph('No activity has your name on it yet.', { size: 10, color: COLORS.muted })
  for (const a of mine) {
    w.paragraph(`${KIND[a.kind]}: ${a.text}`, { size: 10, weight: 'bold', indent: 12 })
    w.paragraph(a.dueDate ? `Due ${formatDate(a.dueDate)}` : 'Due date: ____________', {
      size: 9,
      color: COLORS.muted,
      indent: 12,
    })
  }
}

export const drawGoalSheet = (w: PageWriter, m: GoalSheetModel) => {
  w.setHeader(runningHeader(w, m.header, m.header.workshopTitle))
  w.newPage()
  w.paragraph('Goal sheet', { size: 9, weight: 'bold', color: COLORS.accent })
  w.paragraph(m.memberName, { size: 22, weight: 'bold' })
  w.gap(8)
  fieldGrid(w, m)
  heading(w, 'The goals')
  if (m.goals.length === 0) {
    w.paragraph(
      'No goal was set in this workshop yet. Write the goal, its activities and your part here once the team has agreed them.',
      { size: 10, color: COLORS.muted },
    )
  }
  m.goals.forEach((g, i) => goalBlock(w, g, i + 1, m.memberId))
  myActivities(w, m)
  heading(w, 'My commitment')
  w.paragraph(m.commitment || 'Not recorded in the session: write it here.', {
    size: 10.5,
    color: m.commitment ? COLORS.text : COLORS.muted,
  })
  if (m.committed) w.paragraph('Committed in the session.', { size: 9, color: COLORS.muted })
  signatureLines(w, [
    m.memberName,
    m.managerName && m.managerName !== m.memberName ? `${m.managerName} (manager)` : 'Manager',
  ])
}
