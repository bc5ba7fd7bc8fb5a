import type { ActionPlanRow, ActionPlanSheetModel } from '../../shared/pdf/sheet-models'
import { COLORS } from './format'
import type { PageWriter, TextStyle } from './page-writer'
import { heading, kicker, runningHeader, title } from './sheet-parts'
import { table } from './table'

const LABEL_WIDTH = 72
const MIN_NOTE_LINES = 3
const MAX_NOTE_LINES = 8
const NOTE_LINE_GAP = 24

/** A label in the margin column and its text beside it, flowing onto the next page if long. */
const labelled = (w: PageWriter, label: string, text: string, style: TextStyle = {}) => {
  const size = style.size ?? 10
  w.ensure(w.lineHeight(size) * 2)
  w.drawLine(label, w.left, w.y + (size - 8.5), { size: 8.5, weight: 'bold', color: COLORS.muted })
  w.paragraph(text || '—', {
    ...style,
    size,
    indent: LABEL_WIDTH,
    color: text ? (style.color ?? COLORS.text) : COLORS.muted,
  })
  w.gap(4)
}

const titleBlock = (w: PageWriter, m: ActionPlanSheetModel) => {
  const h = m.header
  kicker(w, 'Action-plan meeting')
  title(w, h.workshopTitle)
  const by = h.facilitatorName ? ` · facilitated by ${h.facilitatorName}` : ''
  w.paragraph(`${h.clientName} · ${w.fmt.date(h.sessionDate)}${by}`, {
    size: 10,
    color: COLORS.muted,
  })
  w.gap(2)
  w.paragraph(m.outcome.summary, {
    size: 10,
    weight: m.outcome.minutesEarly >= 1 ? 'bold' : 'regular',
    color: m.outcome.minutesEarly >= 1 ? COLORS.accent : COLORS.text,
  })
}

const meetingPlan = (w: PageWriter, m: ActionPlanSheetModel) => {
  heading(w, 'The meeting plan')
  labelled(w, 'What', m.meetingPlan.what)
  labelled(w, 'Who', m.meetingPlan.who)
  labelled(w, 'How', m.meetingPlan.how)
  heading(w, 'Topic and end goal')
  labelled(w, 'Topic', m.topic, { size: 12, weight: 'bold' })
  labelled(w, 'End goal', m.endGoal)
}

const ideas = (w: PageWriter, m: ActionPlanSheetModel) => {
  heading(w, 'Ideas')
  if (m.ideas.length === 0) {
    w.paragraph('No ideas were noted.', { size: 10, color: COLORS.muted })
    return
  }
  table(
    w,
    [
      { label: '#', share: 0.06 },
      { label: 'Idea', share: 0.68 },
      { label: 'Proposed by', share: 0.26 },
    ],
    m.ideas.map((idea, i) => [String(i + 1), idea.text, idea.by ?? '—']),
  )
}

const personCell = (p: ActionPlanRow) => {
  const spoke = p.statedOn || p.spoken !== '0:00' ? ` · spoke ${p.spoken}` : ''
  return `${p.name}\n${p.department}\n${p.statedOn ? 'Stated' : 'Not stated'}${spoke}`
}

const plans = (w: PageWriter, m: ActionPlanSheetModel) => {
  heading(w, 'Plans and commitments')
  if (m.people.length === 0) {
    w.paragraph('Nobody was recorded as present.', { size: 10, color: COLORS.muted })
    return
  }
  table(
    w,
    [
      { label: 'Person', share: 0.25 },
      { label: 'Plan', share: 0.35 },
      { label: 'Commitment', share: 0.27 },
      { label: 'Due', share: 0.13 },
    ],
    m.people.map((p) => [
      personCell(p),
      p.plan || '—',
      p.commitment || '—',
      w.fmt.date(p.dueDate) || '—',
    ]),
  )
}

/**
 * Where the next meeting starts: the date, any notes, and blank lines to write on then. The lines
 * fill what is left of the page, at least three and at most eight, so the block never sits alone.
 */
const followUp = (w: PageWriter, m: ActionPlanSheetModel) => {
  const intro = m.nextMeeting
    ? 'The next meeting opens with these commitments: done, in progress, missed or dropped.'
    : 'No date for the next meeting was set. Date: ____________'
  const notes = m.notes ? w.heightOf(m.notes, { size: 10, indent: LABEL_WIDTH }) + 8 : 0
  w.ensure(w.lineHeight(13) * 2 + w.heightOf(intro) + notes + MIN_NOTE_LINES * NOTE_LINE_GAP + 12)
  heading(w, m.nextMeeting ? `Follow-up on ${w.fmt.date(m.nextMeeting)}` : 'Follow-up')
  w.paragraph(intro, { size: 10, color: COLORS.muted })
  if (m.notes) {
    w.gap(4)
    labelled(w, 'Notes', m.notes)
  }
  w.gap(4)
  const room = Math.floor((w.bottom - w.y) / NOTE_LINE_GAP)
  const count = Math.max(MIN_NOTE_LINES, Math.min(MAX_NOTE_LINES, room))
  for (let i = 0; i < count; i++) {
    w.ensure(NOTE_LINE_GAP)
    w.gap(NOTE_LINE_GAP)
    w.rule(w.y, COLORS.rule)
  }
}

export const drawActionPlan = (w: PageWriter, m: ActionPlanSheetModel) => {
  w.setHeader(runningHeader(w, m.header, m.header.workshopTitle))
  w.newPage()
  titleBlock(w, m)
  meetingPlan(w, m)
  ideas(w, m)
  plans(w, m)
  followUp(w, m)
}
