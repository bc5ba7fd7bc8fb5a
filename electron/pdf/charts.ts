import type { ReportHeatMap } from '../../shared/pdf/report-model'
import { COLORS } from './format'
import type { PageWriter } from './page-writer'

export interface LinePoint {
  label: string
  value: number
}

interface LineChartSpec {
  points: LinePoint[]
  min: number
  max: number
  step: number
  tick: (v: number) => string
  /** What a screen reader is told instead of the picture. */
  alt: string
  height?: number
}

/**
 * A line chart drawn as vectors from the same numbers the dashboard charts: sharp at any zoom,
 * readable in black and white (points are marked and the last value is written out).
 */
export const lineChart = (w: PageWriter, spec: LineChartSpec) => {
  const height = spec.height ?? 150
  w.ensure(height + 30)
  const left = w.left + 34
  const right = w.left + w.width - 10
  const top = w.y + 6
  const bottom = top + height
  const yOf = (v: number) => bottom - ((v - spec.min) / (spec.max - spec.min)) * height
  const n = spec.points.length
  const xOf = (i: number) => (n === 1 ? (left + right) / 2 : left + (i * (right - left)) / (n - 1))
  const doc = w.doc
  const vector = (draw: () => void) => w.tags.content(draw)
  w.tags.element(
    'Figure',
    () => {
      for (let v = spec.min; v <= spec.max + 1e-9; v += spec.step) {
        vector(() =>
          doc
            .moveTo(left, yOf(v))
            .lineTo(right, yOf(v))
            .lineWidth(0.4)
            .strokeColor(COLORS.faint)
            .stroke(),
        )
        w.drawLine(spec.tick(v), w.left, yOf(v) - 4, { size: 7, color: COLORS.muted })
      }
      vector(() =>
        doc
          .moveTo(left, bottom)
          .lineTo(right, bottom)
          .lineWidth(0.8)
          .strokeColor(COLORS.muted)
          .stroke(),
      )
      if (n > 1)
        vector(() => {
          doc.moveTo(xOf(0), yOf(spec.points[0]!.value))
          spec.points.forEach((p, i) => i > 0 && doc.lineTo(xOf(i), yOf(p.value)))
          doc.lineWidth(2).strokeColor(COLORS.accent).stroke()
        })
      // At most about eight date labels, however many points there are.
      const every = Math.max(1, Math.ceil(n / 8))
      spec.points.forEach((p, i) => {
        vector(() => doc.circle(xOf(i), yOf(p.value), 2.6).fillColor(COLORS.accent).fill())
        if (i % every === 0 || i === n - 1)
          w.drawLine(p.label, xOf(i) - 24, bottom + 5, {
            size: 7,
            color: COLORS.muted,
            align: 'center',
            width: 48,
          })
      })
      const last = spec.points.at(-1)
      if (last)
        w.drawLine(spec.tick(last.value), xOf(n - 1) - 30, yOf(last.value) - 14, {
          size: 8,
          weight: 'bold',
          color: COLORS.accent,
          align: 'center',
          width: 60,
        })
    },
    { alt: spec.alt },
  )
  w.y = bottom + 22
}

/** Horizontal bars with the count written beside each, e.g. items by status. */
export const barChart = (w: PageWriter, bars: { label: string; count: number }[], alt: string) => {
  const rowH = 16
  w.ensure(bars.length * rowH + 10)
  const max = Math.max(1, ...bars.map((b) => b.count))
  const x0 = w.left + 90
  const span = w.width - 130
  w.tags.element(
    'Figure',
    () =>
      bars.forEach((b, i) => {
        const y = w.y + i * rowH
        w.drawLine(b.label, w.left, y + 2, { size: 8.5 })
        const width = (b.count / max) * span
        if (width > 0)
          w.tags.content(() =>
            w.doc
              .rect(x0, y + 2, width, 10)
              .fillColor(COLORS.accent)
              .fill(),
          )
        w.drawLine(String(b.count), x0 + width + 5, y + 2, { size: 8.5, weight: 'bold' })
      }),
    { alt },
  )
  w.gap(bars.length * rowH + 8)
}

const HEAT = ['#f4f6f8', '#fbe3d6', '#f7f1d4', '#e2f0d9', '#c5e4c0', '#8fcf8a']

/** People × channels, coloured by rating with the number in each cell: colour never stands alone. */
export const heatMap = (w: PageWriter, map: ReportHeatMap) => {
  const nameW = 120
  const colW = Math.min(56, (w.width - nameW) / Math.max(1, map.channels.length))
  const cellH = 16
  const headerLines = map.channels.map((c) => w.wrap(c, colW - 4, 7))
  const headerH = Math.max(...headerLines.map((l) => l.length)) * w.lineHeight(7) + 4
  const drawHeader = () => {
    headerLines.forEach((lines, i) =>
      lines.forEach((line, r) =>
        w.drawLine(line, w.left + nameW + i * colW + 2, w.y + r * w.lineHeight(7), {
          size: 7,
          color: COLORS.muted,
        }),
      ),
    )
    w.gap(headerH)
  }
  w.ensure(headerH + cellH * Math.min(4, map.rows.length))
  w.tags.element('Table', () => {
    w.tags.element('TR', () => drawHeader())
    w.withPageHook(drawHeader, () =>
      map.rows.forEach((row) => {
        w.ensure(cellH)
        const y = w.y
        w.tags.element('TR', () => {
          w.tags.element('TH', () =>
            w.drawLine(w.clip(row.name, nameW - 6, 8.5), w.left, y + 3, { size: 8.5 }),
          )
          row.scores.forEach((score, i) => {
            const x = w.left + nameW + i * colW
            w.tags.artifact(() =>
              w.doc
                .rect(x + 1, y + 1, colW - 2, cellH - 2)
                .fillColor(HEAT[score ?? 0]!)
                .fill(),
            )
            w.tags.element('TD', () =>
              w.drawLine(score === null ? '–' : String(score), x, y + 3, {
                size: 8.5,
                align: 'center',
                width: colW,
                color: score === null ? COLORS.muted : COLORS.text,
              }),
            )
          })
        })
        w.gap(cellH)
      }),
    )
  })
  w.gap(4)
  w.paragraph('1 = never if I can help it · 3 = sometimes · 5 = always · – = not rated', {
    size: 7.5,
    color: COLORS.muted,
  })
}
