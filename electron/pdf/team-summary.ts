import type { SheetActivity, TeamSummaryModel } from '../../shared/pdf/sheet-models'
import { COLORS, formatDate, KIND, TAG } from './format'
import type { PageWriter } from './page-writer'
import { heading, runningHeader } from './sheet-parts'
import { table } from './table'

const COLUMNS = [
  { label: 'Activity', share: 0.46 },
  { label: 'Kind', share: 0.1 },
  { label: 'Team', share: 0.12 },
  { label: 'Owner', share: 0.18 },
  { label: 'Due', share: 0.14 },
]

const activityTable = (w: PageWriter, items: SheetActivity[]) =>
  table(
    w,
    COLUMNS,
    items.map((a) => [
      a.text,
      KIND[a.kind],
      TAG[a.tag],
      a.ownerName ?? '—',
      formatDate(a.dueDate) || '—',
    ]),
  )

export const drawTeamSummary = (w: PageWriter, m: TeamSummaryModel) => {
  w.setHeader(runningHeader(w, m.header, m.header.workshopTitle))
  w.newPage()
  w.paragraph('Team summary', { size: 9, weight: 'bold', color: COLORS.accent })
  w.paragraph(m.header.workshopTitle, { size: 20, weight: 'bold' })
  w.paragraph(
    `${m.header.clientName} · ${formatDate(m.header.sessionDate)}${m.header.facilitatorName ? ` · facilitated by ${m.header.facilitatorName}` : ''}`,
    { size: 10, color: COLORS.muted },
  )
  heading(w, 'Goals')
  if (m.goals.length === 0)
    w.paragraph('No goal was set in this workshop yet.', { size: 10, color: COLORS.muted })
  m.goals.forEach((g, i) => {
    w.ensure(w.lineHeight(12) + w.lineHeight(10) * 2 + 40)
    w.gap(4)
    w.paragraph(`${i + 1}. ${g.title || 'Untitled goal'}${g.confirmed ? '' : ' (draft)'}`, {
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
    w.gap(4)
    if (g.activities.length) activityTable(w, g.activities)
    else w.paragraph('No activities chosen for this goal yet.', { size: 10, color: COLORS.muted })
  })
  if (m.unassigned.length) {
    heading(w, 'Activities not yet part of a goal')
    activityTable(w, m.unassigned)
  }
  heading(w, 'Review schedule')
  w.paragraph(
    m.reviewDates.map((d, i) => `Review ${i + 1}: ${formatDate(d) || '____________'}`).join('    '),
    { size: 10 },
  )
  heading(w, 'Commitments')
  if (m.members.length === 0)
    w.paragraph('Nobody was recorded as present.', { size: 10, color: COLORS.muted })
  for (const p of m.members) {
    w.paragraph(`${p.name} (${p.department})${p.committed ? ' — committed' : ''}`, {
      size: 10,
      weight: 'bold',
    })
    w.paragraph(p.commitment || 'No commitment recorded.', {
      size: 10,
      indent: 12,
      color: p.commitment ? COLORS.text : COLORS.muted,
    })
  }
  heading(w, 'Support')
  if (m.support.length === 0)
    w.paragraph('No support was recorded yet.', { size: 10, color: COLORS.muted })
  for (const s of m.support) {
    const role = s.role === 'manager' ? ' (manager)' : ''
    w.paragraph(
      `${s.name}${role}: ${s.supported ? 'supports the goals' : 'support not recorded'}${s.note ? ` — “${s.note}”` : ''}`,
      { size: 10 },
    )
  }
}
