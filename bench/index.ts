import { readFile, writeFile } from 'node:fs/promises'
import { commsBench } from './comms.bench'
import { libraryBench } from './library.bench'
import { pdfBench } from './pdf.bench'
import { projectorBench } from './projector.bench'
import { reportBench } from './report.bench'
import { workshopBench } from './workshop.bench'
import type { Figures } from './stats'

/** Targets from the issues; a figure past its target is flagged, never failed: this is not a test. */
const targets: Record<string, { max: number } | { min: number }> = {
  save_ratio_1000_vs_1: { max: 1.2 },
  save_ratio_vs_bare_write: { max: 2 },
  open_1000_client_library_ms: { max: 300 },
  timer_drift_15min_20_pauses_ms: { max: 0 },
  console_to_audience_add_activity_200_p95_ms: { max: 100 },
  console_to_audience_blank_200_p95_ms: { max: 100 },
  console_to_audience_pause_200_p95_ms: { max: 100 },
  console_tick_200_tasks_over_50_ms: { max: 0 },
  console_tick_200_longest_task_ms: { max: 50 },
  renderer_initial_js_gzip_kb: { max: 300 },
  typing_200_activities_p95_ms_per_key: { max: 16 },
  pdf_sheet_warm_ms: { max: 10 },
  pdf_pdfkit_speedup_vs_chromium: { min: 5 },
  pdf_batch_100_pages_ms: { max: 2000 },
  pdf_batch_100_pages_peak_mb: { max: 250 },
  comms_checks_60_people_p95_ms: { max: 50 },
  comms_resolve_department_60_people_p95_ms: { max: 16 },
  report_10_sessions_warm_ms: { max: 1000 },
}

const suites: [string, () => Promise<Figures>][] = [
  ['library', libraryBench],
  ['workshop', workshopBench],
  ['projector', projectorBench],
  ['pdf', pdfBench],
  ['report', reportBench],
  ['comms', commsBench],
]

// `npm run bench -- projector workshop` runs only those suites; their figures replace the earlier
// ones in bench-results.json and the others are kept.
const only = process.argv.slice(2)
const unknown = only.filter((name) => !suites.some(([s]) => s === name))
if (unknown.length > 0) {
  console.error(`No such suite: ${unknown.join(', ')} (${suites.map(([s]) => s).join(', ')})`)
  process.exit(1)
}
const figures: Figures = {}
for (const [name, run] of suites) {
  if (only.length > 0 && !only.includes(name)) continue
  process.stdout.write(`Running ${name}…\n`)
  Object.assign(figures, await run())
}

const rows = Object.entries(figures).map(([name, value]) => {
  const target = targets[name]
  const verdict = !target
    ? ''
    : 'max' in target
      ? value <= target.max
        ? `ok (≤ ${target.max})`
        : `OVER (target ≤ ${target.max})`
      : value >= target.min
        ? `ok (≥ ${target.min})`
        : `UNDER (target ≥ ${target.min})`
  return [name, String(value), verdict]
})
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), 6))
const line = (r: string[]) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')
console.log(line(['figure', 'value', 'target']))
for (const row of rows) console.log(line(row))
const earlier =
  only.length > 0
    ? (JSON.parse(await readFile('bench-results.json', 'utf8').catch(() => '{}')) as Figures)
    : {}
await writeFile('bench-results.json', JSON.stringify({ ...earlier, ...figures }, null, 2) + '\n')
console.log('Wrote bench-results.json')
