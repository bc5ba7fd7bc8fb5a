import type { BlankSheetModel } from '../../shared/pdf/sheet-models'
import { GROUPS } from './activity-rows'
import { COLORS } from './format'
import type { PageWriter } from './page-writer'
import {
  fieldRow,
  heading,
  kicker,
  runningHeader,
  signatureLines,
  title,
  writingLines,
} from './sheet-parts'

const LINE = 22

/** Ruled rows with an owner and a due column, for activities written by hand. */
const activityLines = (w: PageWriter, label: string, count: number) => {
  w.ensure(w.lineHeight(8) + LINE * count)
  w.gap(4)
  const ownerX = w.left + w.width * 0.62
  const dueX = w.left + w.width * 0.84
  const y = w.y
  w.tags.element('P', () => {
    w.drawLine(label, w.left, y, { size: 8.5, weight: 'bold', color: COLORS.muted })
    w.drawLine('Owner', ownerX, y, { size: 7.5, color: COLORS.muted })
    w.drawLine('Due', dueX, y, { size: 7.5, color: COLORS.muted })
  })
  for (let i = 0; i < count; i++) {
    w.gap(LINE)
    w.rule(w.y, COLORS.rule, w.left, ownerX - 8)
    w.rule(w.y, COLORS.rule, ownerX, dueX - 8)
    w.rule(w.y, COLORS.rule, dueX)
  }
  w.gap(2)
}

/**
 * The goal sheet handed out at the start of the session (the article's second step): the member's
 * name, the client and the dates set so far, and ruled space to write the goal and activities.
 */
export const drawBlankSheet = (w: PageWriter, m: BlankSheetModel) => {
  const d = (iso: string | null | undefined) => w.fmt.date(iso ?? null)
  w.setHeader(runningHeader(w, m.header, m.header.workshopTitle))
  w.newPage()
  kicker(w, 'Goal sheet')
  title(w, m.memberName)
  w.gap(4)
  fieldRow(w, [
    ['Team member', m.memberName],
    ['Team', m.memberDepartment],
    ['Client', m.header.clientName],
    ["Today's date", d(m.header.sessionDate)],
  ])
  fieldRow(w, [
    ['Goal begins', d(m.goalBegins)],
    ['Review 1', d(m.reviewDates[0])],
    ['Review 2', d(m.reviewDates[1])],
    ['Review 3', d(m.reviewDates[2])],
    ['Review 4', d(m.reviewDates[3])],
    ['Goal ends', d(m.goalEnds)],
  ])
  heading(w, 'The goal', 12, 0)
  w.paragraph('What the team will achieve, and how it will know (objective criteria):', {
    size: 8.5,
    color: COLORS.muted,
  })
  writingLines(w, 3, LINE)
  heading(w, 'Activities', 12, 0)
  w.paragraph(
    'A goal is reached through activities: what to stop, what to improve, what to keep.',
    {
      size: 8.5,
      color: COLORS.muted,
    },
  )
  for (const group of GROUPS) activityLines(w, group.label, 4)
  heading(w, 'My commitment', 12, 0)
  writingLines(w, 2, LINE)
  w.gap(2)
  signatureLines(w, [m.memberName])
}
