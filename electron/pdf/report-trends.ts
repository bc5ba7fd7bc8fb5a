import type { ReportModel } from '../../shared/pdf/report-model'
import { barChart, lineChart } from './charts'
import { COLORS } from './format'
import type { PageWriter } from './page-writer'
import { heading } from './sheet-parts'
import { table } from './table'

const none = (w: PageWriter, text: string) => w.paragraph(text, { size: 10, color: COLORS.muted })

/** The trends: alignment over the checks and completion of what was promised, drawn as charts. */
export const alignment = (w: PageWriter, m: ReportModel) => {
  if (m.alignment.length === 0) return none(w, 'No alignment check was answered yet.')
  const first = m.alignment[0]!
  const last = m.alignment.at(-1)!
  w.paragraph(
    `Mean answer from 1 (not at all) to 5 (completely) over the opening questions: ${first.overall.toFixed(1)} at the first check, ${last.overall.toFixed(1)} at the latest.`,
    { size: 9.5 },
  )
  lineChart(w, {
    points: m.alignment.map((a) => ({
      label: w.fmt.shortDate(w.fmt.dayOf(a.at)),
      value: a.overall,
    })),
    min: 1,
    max: 5,
    step: 1,
    tick: (v) => v.toFixed(1),
    alt: `Alignment over ${m.alignment.length} checks, from ${first.overall.toFixed(1)} to ${last.overall.toFixed(1)} out of 5.`,
  })
  // The questions stay together: five rows that only mean something side by side.
  w.ensure(40 + m.alignmentQuestions.length * 28)
  const score = (v: number | null | undefined) => (v == null ? '—' : v.toFixed(1))
  if (m.alignment.length === 1)
    return table(
      w,
      [
        { label: 'Question', share: 0.7 },
        { label: 'Mean answer', share: 0.3 },
      ],
      m.alignmentQuestions.map((q, i) => [q, score(first.perQuestion[i])]),
      { size: 9 },
    )
  table(
    w,
    [
      { label: 'Question', share: 0.52 },
      { label: 'First check', share: 0.16 },
      { label: 'Latest check', share: 0.16 },
      { label: 'Change', share: 0.16 },
    ],
    m.alignmentQuestions.map((q, i) => {
      const [a, b] = [first.perQuestion[i], last.perQuestion[i]]
      const change = a == null || b == null ? '—' : `${b - a >= 0 ? '+' : ''}${(b - a).toFixed(1)}`
      return [q, score(a), score(b), change]
    }),
    { size: 9 },
  )
}

export const completion = (w: PageWriter, m: ReportModel) => {
  const latest = m.completion.at(-1)
  w.paragraph(
    latest
      ? `${latest.done} of ${latest.total} promised items done (${Math.round(latest.rate * 100)} %) at the latest update.`
      : 'No status was recorded yet.',
    { size: 9.5 },
  )
  if (m.completion.length)
    lineChart(w, {
      points: m.completion.map((p) => ({ label: w.fmt.shortDate(p.date), value: p.rate * 100 })),
      min: 0,
      max: 100,
      step: 25,
      tick: (v) => `${Math.round(v)} %`,
      alt: `Share of promised items done over ${m.completion.length} days with updates, latest ${Math.round((latest?.rate ?? 0) * 100)} %.`,
      height: 130,
    })
  heading(w, 'Items by status', 11, 3)
  barChart(
    w,
    m.statusCounts,
    `Items by status: ${m.statusCounts.map((s) => `${s.label} ${s.count}`).join(', ')}.`,
  )
}
