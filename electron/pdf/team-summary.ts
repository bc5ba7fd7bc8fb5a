import type { TeamSummaryModel } from '../../shared/pdf/sheet-models'
import { activityGroups } from './activity-rows'
import { COLORS } from './format'
import type { PageWriter } from './page-writer'
import { heading, kicker, runningHeader, title } from './sheet-parts'

const goals = (w: PageWriter, m: TeamSummaryModel) => {
  heading(w, 'Goals', 12, 2)
  if (m.goals.length === 0)
    w.paragraph('No goal was set in this workshop yet.', { size: 10, color: COLORS.muted })
  m.goals.forEach((g, i) => {
    w.ensure(w.lineHeight(11) + w.lineHeight(9) * 2 + 30)
    w.gap(4)
    w.paragraph(`${i + 1}. ${g.title || 'Untitled goal'}${g.confirmed ? '' : ' (draft)'}`, {
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
    if (g.activities.length) activityGroups(w, g.activities, null)
    else w.paragraph('No activities chosen for this goal yet.', { size: 9, color: COLORS.muted })
  })
  if (m.unassigned.length) {
    heading(w, 'Activities not yet part of a goal', 11, 2)
    activityGroups(w, m.unassigned, null)
  }
}

const commitmentLines = (m: TeamSummaryModel) =>
  m.members.map((p) => ({
    who: `${p.name} (${p.department})${p.committed ? ' — committed' : ''}`,
    text: p.commitment || 'No commitment recorded.',
    muted: !p.commitment,
  }))

const supportLines = (m: TeamSummaryModel) =>
  m.support.map(
    (s) =>
      `${s.name}${s.role === 'manager' ? ' (manager)' : ''}: ${s.supported ? 'supports the goals' : 'support not recorded'}${s.note ? ` — “${s.note}”` : ''}`,
  )

/** The sheet's last part is kept whole: a page never opens with three stray lines of support. */
const closing = (w: PageWriter, m: TeamSummaryModel) => {
  const support = supportLines(m)
  const supportHeight =
    w.lineHeight(12) +
    12 +
    (support.length ? support.reduce((h, l) => h + w.heightOf(l, { size: 9.5 }), 0) : 14)
  heading(w, 'Commitments', 12, 2)
  if (m.members.length === 0)
    w.paragraph('Nobody was recorded as present.', { size: 10, color: COLORS.muted })
  const lines = commitmentLines(m)
  lines.forEach((p, i) => {
    const height = w.lineHeight(9.5) + w.heightOf(p.text, { size: 9.5, indent: 12 }) + 2
    // The last commitment travels with the support section, so neither ends up alone.
    w.ensure(i === lines.length - 1 ? height + supportHeight : height)
    w.paragraph(p.who, { size: 9.5, weight: 'bold' })
    w.paragraph(p.text, { size: 9.5, indent: 12, color: p.muted ? COLORS.muted : COLORS.text })
    w.gap(2)
  })
  w.ensure(supportHeight)
  heading(w, 'Support', 12, 0)
  if (support.length === 0)
    w.paragraph('No support was recorded yet.', { size: 10, color: COLORS.muted })
  for (const line of support) w.paragraph(line, { size: 9.5 })
}

export const drawTeamSummary = (w: PageWriter, m: TeamSummaryModel) => {
  w.setHeader(runningHeader(w, m.header, m.header.workshopTitle))
  w.newPage()
  // A later page says what it continues, so it never opens with stray lines of someone's support.
  w.withPageHook(
    () => {
      w.paragraph(`Team summary — ${m.header.workshopTitle} (continued)`, {
        size: 10,
        weight: 'bold',
        color: COLORS.muted,
      })
      w.gap(2)
    },
    () => {
      kicker(w, 'Team summary')
      title(w, m.header.workshopTitle)
      w.paragraph(
        `${m.header.clientName} · ${m.header.sessionAt ? w.fmt.dateTime(m.header.sessionAt) : w.fmt.date(m.header.sessionDate)}${m.header.facilitatorName ? ` · facilitated by ${m.header.facilitatorName}` : ''}`,
        { size: 9.5, color: COLORS.muted },
      )
      goals(w, m)
      heading(w, 'Review schedule', 12, 1)
      w.paragraph(
        m.reviewDates
          .map((d, i) => `Review ${i + 1}: ${w.fmt.date(d) || '____________'}`)
          .join('     '),
        { size: 9.5 },
      )
      closing(w, m)
    },
  )
}
