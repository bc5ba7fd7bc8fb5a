import { useEffect, useRef, useState } from 'react'
import {
  CategoryScale,
  Chart,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js'

// Only what a line chart needs, so the lazily loaded chunk stays small.
Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  CategoryScale,
  Filler,
  Tooltip,
)

export interface ChartPoint {
  /** The x-axis label, e.g. a formatted date. */
  label: string
  value: number
}

interface Props {
  /** Caption of the data table, e.g. "Completion rate by date". */
  title: string
  /** Header of the value column, e.g. "Completion rate". */
  series: string
  points: ChartPoint[]
  min: number
  max: number
  /** The y-axis step; the scale shows whole steps only. */
  step: number
  format: (value: number) => string
  /** For the axis, when it needs fewer digits than the values; `format` otherwise. */
  tickFormat?: (value: number) => string
  /** Read out instead of the picture: the latest value in words. */
  summary: string
  /** Shown instead of a chart when there is nothing to draw. */
  empty: string
}

/**
 * A small line chart drawn by chart.js, with the same numbers in a table for screen readers.
 * Never animated: it is projected and printed, and a moving line says nothing more.
 */
export const LineChart = ({
  title,
  series,
  points,
  min,
  max,
  step,
  format,
  tickFormat,
  summary,
  empty,
}: Props) => {
  const canvas = useRef<HTMLCanvasElement>(null)
  const theme = useThemeName()
  useEffect(() => {
    if (!canvas.current || points.length === 0) return
    const chart = new Chart(
      canvas.current,
      config(points, { min, max, step, format, tickFormat, series }),
    )
    return () => chart.destroy()
  }, [points, min, max, step, format, tickFormat, series, theme])
  if (points.length === 0) return <p className="hint">{empty}</p>
  return (
    <div className="chart">
      <div className="chart-box">
        <canvas ref={canvas} role="img" aria-label={summary} />
      </div>
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">{series}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p, i) => (
              <tr key={i}>
                <th scope="row">{p.label}</th>
                <td>{format(p.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}

interface Scale {
  min: number
  max: number
  step: number
  format: (value: number) => string
  tickFormat?: ((value: number) => string) | undefined
  series: string
}

const config = (points: ChartPoint[], scale: Scale) => {
  const colours = themeColours()
  const font = { family: colours.font, size: colours.fontSize }
  const axis = { color: colours.border }
  return {
    type: 'line' as const,
    data: {
      labels: points.map((p) => p.label),
      datasets: [
        {
          label: scale.series,
          data: points.map((p) => p.value),
          borderColor: colours.accent,
          backgroundColor: translucent(colours.accent),
          pointBackgroundColor: colours.accent,
          pointRadius: 4,
          borderWidth: 3,
          fill: 'origin' as const,
          tension: 0,
        },
      ],
    },
    options: {
      animation: false as const,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        // Offset keeps a lone first point off the axis line, in the middle of its slot.
        x: {
          offset: true,
          ticks: { color: colours.text, font },
          grid: { display: false },
          border: axis,
        },
        y: {
          min: scale.min,
          max: scale.max,
          ticks: {
            color: colours.text,
            font,
            stepSize: scale.step,
            callback: tick(scale.tickFormat ?? scale.format),
          },
          grid: { color: colours.border },
          border: axis,
        },
      },
      plugins: {
        tooltip: { callbacks: { label: (c: { parsed: { y: number | null } }) => label(c, scale) } },
      },
    },
  }
}

const tick = (format: (value: number) => string) => (value: string | number) =>
  format(Number(value))

const label = (c: { parsed: { y: number | null } }, scale: Scale) =>
  `${scale.series}: ${c.parsed.y === null ? '–' : scale.format(c.parsed.y)}`

/** The theme's own colours, read when the chart is drawn so light, dark and projector all fit. */
const themeColours = () => {
  const style = getComputedStyle(document.documentElement)
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback
  return {
    accent: read('--accent', '#1f5fbf'),
    text: read('--text', '#1b1f24'),
    border: read('--border', '#d5d8dc'),
    // The app's font is set on <body>; the root only carries the theme's base size.
    font: getComputedStyle(document.body).fontFamily,
    fontSize: Math.round(parseFloat(style.fontSize || '16') * 0.85),
  }
}

const translucent = (colour: string) =>
  /^#[0-9a-f]{6}$/i.test(colour) ? `${colour}2e` : 'transparent'

/** The theme lives on <html data-theme>; charts are redrawn when it changes. */
const useThemeName = () => {
  const [theme, setTheme] = useState(() => document.documentElement.dataset['theme'] ?? '')
  useEffect(() => {
    const root = document.documentElement
    const observer = new MutationObserver(() => setTheme(root.dataset['theme'] ?? ''))
    observer.observe(root, { attributes: true, attributeFilter: ['data-theme'] })
    return () => observer.disconnect()
  }, [])
  return theme
}
