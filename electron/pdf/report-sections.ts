import type { ReportModel } from '../../shared/pdf/report-model'
import { levelTable } from './agreement-sheet'
import { heatMap } from './charts'
import { COLORS, KIND } from './format'
import type { PageWriter } from './page-writer'
import { heading } from './sheet-parts'
import { alignment, completion } from './report-trends'
import { table } from './table'

export interface ReportSection {
  title: string
  newPage: boolean
  /** What must fit under the title on its page, so a title never ends a page alone. */
  keep: number
  shown: (m: ReportModel) => boolean
  draw: (w: PageWriter, m: ReportModel) => void
}

const none = (w: PageWriter, text: string) => w.paragraph(text, { size: 10, color: COLORS.muted })

const sessions = (w: PageWriter, m: ReportModel) =>
  table(
    w,
    [
      { label: 'Date', share: 0.2 },
      { label: 'Session', share: 0.42 },
      { label: 'Kind', share: 0.2 },
      { label: 'People', share: 0.08 },
      { label: 'Status', share: 0.1 },
    ],
    m.sessions.map((s) => [
      w.fmt.date(w.fmt.dayOf(s.at)),
      s.title,
      s.kind,
      String(s.people),
      s.status,
    ]),
  )

const goals = (w: PageWriter, m: ReportModel) => {
  if (m.goals.length === 0) return none(w, 'No goal was set in the goal workshops yet.')
  m.goals.forEach((g, i) => {
    heading(w, `${i + 1}. ${g.title || 'Untitled goal'}${g.confirmed ? '' : ' (draft)'}`, 11.5, 3)
    const dates = `${w.fmt.date(g.begins) || 'no start date'} – ${w.fmt.date(g.ends) || 'no end date'}`
    w.paragraph(`${g.session} · ${dates}`, { size: 8.5, color: COLORS.muted })
    if (g.criteria) w.paragraph(`Met when: ${g.criteria}`, { size: 9.5 })
    w.gap(3)
    if (g.activities.length === 0) return none(w, 'No activities chosen for this goal.')
    table(
      w,
      [
        { label: 'Activity', share: 0.44 },
        { label: 'Kind', share: 0.1 },
        { label: 'Owner', share: 0.18 },
        { label: 'Due', share: 0.14 },
        { label: 'Status', share: 0.14 },
      ],
      g.activities.map((a) => [
        a.note ? `${a.text}\n“${a.note}”` : a.text,
        KIND[a.kind],
        a.owner ?? '—',
        w.fmt.date(a.due) || '—',
        a.status,
      ]),
      { size: 9 },
    )
  })
}

const reviews = (w: PageWriter, m: ReportModel) => {
  if (m.reviews.length === 0) return none(w, 'No goal review was held yet.')
  for (const r of m.reviews) {
    heading(w, `${r.session} — review of ${w.fmt.date(r.date)}`, 11.5, 3)
    w.paragraph(
      `Held ${w.fmt.dateTime(r.heldAt)} · support: ${r.supporters} of ${r.people} people`,
      { size: 8.5, color: COLORS.muted },
    )
    if (r.note) w.paragraph(r.note, { size: 9.5 })
    w.gap(3)
    if (r.adjustments.length === 0) {
      w.paragraph('No adjustment was needed.', { size: 9, color: COLORS.muted })
      continue
    }
    table(
      w,
      [
        { label: 'What changed', share: 0.17 },
        { label: 'Before', share: 0.2 },
        { label: 'After', share: 0.2 },
        { label: 'Why', share: 0.28 },
        { label: 'Agreed by', share: 0.15 },
      ],
      r.adjustments.map((a) => [a.what, a.before, a.after, a.reason, a.agreedBy]),
      { size: 8.5 },
    )
  }
}

const pairings = (w: PageWriter, m: ReportModel) =>
  table(
    w,
    [
      { label: 'Date', share: 0.15 },
      { label: 'Sales', share: 0.17 },
      { label: 'Marketing', share: 0.17 },
      { label: 'Focus and topic', share: 0.23 },
      { label: 'What they learned', share: 0.28 },
    ],
    m.pairings.map((p) => [
      w.fmt.date(p.date) || 'not scheduled',
      p.sales,
      p.marketing,
      `${p.focus}${p.topic ? `: ${p.topic}` : ''}`,
      p.learned || '—',
    ]),
    { size: 9 },
  )

const openItems = (w: PageWriter, m: ReportModel) => {
  if (m.openItems.length === 0) return none(w, 'Every commitment is done or dropped.')
  table(
    w,
    [
      { label: 'Commitment', share: 0.38 },
      { label: 'Owner', share: 0.16 },
      { label: 'Due', share: 0.13 },
      { label: 'Status', share: 0.11 },
      { label: 'From', share: 0.22 },
    ],
    m.openItems.map((i) => [i.text, i.owner, w.fmt.date(i.due) || '—', i.status, i.session]),
    { size: 9 },
  )
}

export const SECTIONS: ReportSection[] = [
  { title: 'Sessions held', newPage: false, keep: 60, shown: () => true, draw: sessions },
  { title: 'Goals and their activities', newPage: true, keep: 100, shown: () => true, draw: goals },
  { title: 'Reviews and adjustments', newPage: false, keep: 120, shown: () => true, draw: reviews },
  { title: 'Alignment over time', newPage: false, keep: 380, shown: () => true, draw: alignment },
  {
    title: 'Completion of commitments',
    newPage: false,
    keep: 200,
    shown: () => true,
    draw: completion,
  },
  {
    title: 'Channel preferences',
    newPage: false,
    keep: 160,
    shown: (m) => m.heatMap !== null,
    draw: (w, m) => {
      w.paragraph(`From “${m.heatMap!.title}”: how each person rated each channel.`, {
        size: 9.5,
        color: COLORS.muted,
      })
      w.gap(4)
      heatMap(w, m.heatMap!)
    },
  },
  {
    title: 'Communication agreement',
    newPage: false,
    keep: 120,
    shown: (m) => m.agreement !== null,
    draw: (w, m) => {
      w.paragraph(`${m.agreement!.title} · ${m.agreement!.versionLabel}`, {
        size: 9.5,
        color: COLORS.muted,
      })
      w.gap(4)
      levelTable(w, m.agreement!)
    },
  },
  {
    title: 'Cross-training',
    newPage: false,
    keep: 80,
    shown: (m) => m.pairings.length > 0,
    draw: pairings,
  },
  { title: 'Open commitments', newPage: false, keep: 80, shown: () => true, draw: openItems },
]
