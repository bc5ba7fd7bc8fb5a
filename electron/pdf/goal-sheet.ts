import type { GoalSheetModel, SheetGoal } from '../../shared/pdf/sheet-models'
import { activityGroups } from './activity-rows'
import { COLORS } from './format'
import type { PageWriter } from './page-writer'
import {
  fieldRow,
  heading,
  kicker,
  runningHeader,
  signatureLines,
  signaturesHeight,
  title,
  writingLines,
} from './sheet-parts'

/** The article's goal-sheet fields as a form: filled where the workshop set them, lines where not. */
const fieldGrid = (w: PageWriter, m: GoalSheetModel) => {
  const d = (iso: string | null | undefined) => w.fmt.date(iso ?? null)
  fieldRow(w, [
    ['Team member', m.memberName],
    ['Team', m.memberDepartment],
    ["Today's date", d(m.todayDate)],
    ['Facilitator', m.header.facilitatorName],
  ])
  fieldRow(w, [
    ['Goal begins', d(m.goalBegins)],
    ['Review 1', d(m.reviewDates[0])],
    ['Review 2', d(m.reviewDates[1])],
    ['Review 3', d(m.reviewDates[2])],
    ['Review 4', d(m.reviewDates[3])],
    ['Goal ends', d(m.goalEnds)],
  ])
}

const goalBlock = (w: PageWriter, g: SheetGoal, n: number, memberId: string) => {
  // A goal's title is kept with its criteria and first activity: never alone at the foot of a page.
  w.ensure(w.lineHeight(11) + w.lineHeight(9) * 2 + 30)
  w.gap(3)
  w.paragraph(`Goal ${n}: ${g.title || 'untitled goal'}${g.confirmed ? '' : ' (draft)'}`, {
    size: 11,
    weight: 'bold',
    color: COLORS.accent,
    tag: 'H3',
  })
  const dates =
    g.begins || g.ends
      ? `${w.fmt.date(g.begins) || 'no start date'} – ${w.fmt.date(g.ends) || 'no end date'}`
      : ''
  const about = [g.criteria && `Met when: ${g.criteria}`, dates].filter(Boolean).join('  ·  ')
  if (about) w.paragraph(about, { size: 9, color: COLORS.muted })
  w.gap(2)
  if (g.activities.length === 0)
    w.paragraph('No activities chosen for this goal yet.', { size: 9, color: COLORS.muted })
  else activityGroups(w, g.activities, memberId)
}

/** Activities this person owns that belong to no goal yet: still theirs to do. */
const otherActivities = (w: PageWriter, m: GoalSheetModel) => {
  const inGoals = new Set(m.goals.flatMap((g) => g.activities.map((a) => a.id)))
  const rest = m.myActivities.filter((a) => !inGoals.has(a.id))
  if (rest.length === 0) return
  heading(w, 'My activities outside the goals', 11, 2)
  activityGroups(w, rest, m.memberId)
}

/** Exactly what the block below draws, so it moves to the next page only when it must. */
const commitmentHeight = (w: PageWriter, m: GoalSheetModel) =>
  6 +
  w.lineHeight(12) +
  (m.commitment
    ? w.heightOf(m.commitment, { size: 10 }) + (m.committed ? w.lineHeight(8.5) : 0)
    : w.lineHeight(8.5) + 3 * 21 + 4) +
  4

/** The member's promise and the two signatures, never split from each other. */
const commitmentBlock = (w: PageWriter, m: GoalSheetModel) => {
  const signers = [m.memberName, ...(m.managerName ? [`${m.managerName} (manager)`] : [])]
  w.ensure(commitmentHeight(w, m) + signaturesHeight(signers.length))
  heading(w, 'My commitment', 12, 0)
  if (m.commitment) {
    w.paragraph(m.commitment, { size: 10 })
    if (m.committed) w.paragraph('Committed in the session.', { size: 8.5, color: COLORS.muted })
  } else {
    w.paragraph('Not recorded in the session: write it on the lines below.', {
      size: 8.5,
      color: COLORS.muted,
    })
    writingLines(w, 3)
  }
  w.gap(4)
  signatureLines(w, signers)
}

/** The manager's part: their recorded support, room to write what they will provide, one signature. */
const supportBlock = (w: PageWriter, m: GoalSheetModel) => {
  const stance = `${m.supported ? 'Supports the goals' : 'Support not recorded yet'}${m.supportNote ? `: “${m.supportNote}”` : '.'}`
  const fixed = 6 + w.lineHeight(12) + w.heightOf(stance, { size: 10 }) + w.lineHeight(8.5) + 8
  const height = (lines: number) => fixed + lines * 21 + signaturesHeight(1)
  // Two lines to write on at least, four when the page has room for them.
  w.ensure(height(2))
  const lines = Math.max(2, Math.min(4, Math.floor((w.bottom - w.y - height(0)) / 21)))
  heading(w, 'My support', 12, 0)
  w.paragraph(stance, { size: 10 })
  w.paragraph('What I will provide (time, budget, people) and when I will check in:', {
    size: 8.5,
    color: COLORS.muted,
  })
  writingLines(w, lines)
  w.gap(4)
  signatureLines(w, [`${m.memberName} (manager)`])
}

export const drawGoalSheet = (w: PageWriter, m: GoalSheetModel) => {
  const manager = m.role === 'manager'
  const label = manager ? "Manager's sheet" : 'Goal sheet'
  w.setHeader(runningHeader(w, m.header, m.header.workshopTitle))
  w.newPage()
  // Every later page of the sheet opens with whose sheet it is, never with signatures alone.
  w.withPageHook(
    () => {
      w.paragraph(`${label} — ${m.memberName} (continued)`, {
        size: 10,
        weight: 'bold',
        color: COLORS.muted,
      })
      w.gap(2)
    },
    () => {
      kicker(w, label)
      title(w, m.memberName)
      w.gap(4)
      fieldGrid(w, m)
      heading(w, 'The goals', 12, 2)
      if (m.goals.length === 0)
        w.paragraph(
          'No goal was set in this workshop yet. Write the goal, its activities and your part here once the team has agreed them.',
          { size: 10, color: COLORS.muted },
        )
      m.goals.forEach((g, i) => goalBlock(w, g, i + 1, m.memberId))
      otherActivities(w, m)
      if (manager) supportBlock(w, m)
      else commitmentBlock(w, m)
    },
  )
}
