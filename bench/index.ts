import { readFile, writeFile } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { backupBench } from './backup.bench'
import { commsBench } from './comms.bench'
import { devicesBench } from './devices.bench'
import { libraryBench } from './library.bench'
import { listBench } from './list.bench'
import { machineLoad, quick, ROUNDS } from './mode'
import { pdfBench } from './pdf.bench'
import { projectorBench } from './projector.bench'
import { reportBench } from './report.bench'
import type { Figures } from './stats'
import { timerBench } from './timer.bench'
import { workshopBench } from './workshop.bench'

/**
 * Targets from the issues; a figure past its target is flagged, never failed: this is not a test.
 * Quick mode (small sizes, one round) judges nothing: its figures only show the benchmark runs.
 */
const targets: Record<string, { max: number } | { min: number }> = {
  library_1000_clients_reload_to_list_painted_ms: { max: 300 },
  library_10000_clients_reload_to_list_painted_ms: { max: 1000 },
  library_10000_clients_search_key_to_paint_p95_ms: { max: 50 },
  library_1000_clients_launch_to_list_visible_ms: { max: 1500 },
  library_1000_clients_host_peak_mb: { max: 200 },
  backup_1000_clients_5000_workshops_unchanged_written_kb: { max: 1024 },
  backup_1000_clients_5000_workshops_unchanged_longest_stall_ms: { max: 50 },
  backup_1000_clients_5000_workshops_one_changed_longest_stall_ms: { max: 50 },
  save_rename_vs_bare_write_ratio: { max: 1.5 },
  save_rename_10000_vs_1_clients_ratio: { max: 1.2 },
  typing_200_activities_clock_running_p95_vs_bare_input_ratio: { max: 1.2 },
  typing_200_activities_clock_running_cpu_4x_p95_vs_bare_input_ratio: { max: 1.2 },
  console_to_audience_add_activity_200_p95_ms: { max: 100 },
  console_to_audience_blank_200_p95_ms: { max: 100 },
  console_to_audience_pause_200_p95_ms: { max: 100 },
  console_tick_200_tasks_over_50_ms: { max: 0 },
  console_tick_200_longest_task_ms: { max: 50 },
  renderer_initial_js_gzip_kb: { max: 300 },
  pdf_varied_sheet_warm_ms: { max: 10 },
  pdf_first_export_after_start_ms: { max: 1000 },
  pdf_packet_30_sheets_pdfkit_speedup_vs_chromium: { min: 3 },
  comms_checks_60_people_p95_ms: { max: 50 },
  comms_resolve_department_60_people_p95_ms: { max: 16 },
  report_10_sessions_warm_ms: { max: 1000 },
  devices_40_tap_to_audience_paint_p95_ms: { max: 200 },
  devices_40_console_tasks_over_50_ms: { max: 0 },
  devices_40_console_longest_task_ms: { max: 50 },
  participant_page_js_gzip_kb: { max: 100 },
  devices_40_server_memory_over_idle_mb: { max: 50 },
  timer_60s_flips_missed: { max: 0 },
  timer_60s_flips_doubled: { max: 0 },
  timer_wall_clock_back_10min_shown_error_s: { max: 0 },
}

const suites: [string, () => Promise<Figures>][] = [
  ['saves', libraryBench],
  ['backup', backupBench],
  ['library', listBench],
  ['workshop', workshopBench],
  ['projector', projectorBench],
  ['pdf', pdfBench],
  ['report', reportBench],
  ['comms', commsBench],
  ['devices', devicesBench],
  ['timer', timerBench],
]

const started = performance.now()
const loadBefore = machineLoad()
console.log(
  `${quick ? 'Quick mode: small sizes, one round; figures are not judged.' : `Full mode: median of ${ROUNDS} rounds.`}`,
)
console.log(`Machine before: ${loadBefore}`)
// `npm run bench -- projector workshop` runs only those suites; their figures replace the earlier
// ones in the results file and the others are kept.
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'))
const unknown = only.filter((name) => !suites.some(([s]) => s === name))
if (unknown.length > 0) {
  console.error(`No such suite: ${unknown.join(', ')} (${suites.map(([s]) => s).join(', ')})`)
  process.exit(1)
}
const figures: Figures = {}
for (const [name, run] of suites) {
  if (only.length > 0 && !only.includes(name)) continue
  process.stdout.write(`Running ${name}… (${machineLoad()})\n`)
  Object.assign(figures, await run())
}
for (const [name, value] of Object.entries(figures))
  if (!Number.isFinite(value)) throw new Error(`The figure ${name} came out as ${value}.`)

const verdictOf = (name: string, value: number) => {
  const target = quick ? undefined : targets[name]
  if (!target) return ''
  if ('max' in target)
    return value <= target.max ? `ok (≤ ${target.max})` : `OVER (target ≤ ${target.max})`
  return value >= target.min ? `ok (≥ ${target.min})` : `UNDER (target ≥ ${target.min})`
}
const rows = Object.entries(figures).map(([name, value]) => [
  name,
  String(value),
  verdictOf(name, value),
])
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), 6))
const line = (r: string[]) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')
console.log(line(['figure', 'value', 'target']))
for (const row of rows) console.log(line(row))
const loadAfter = machineLoad()
console.log(`Machine before: ${loadBefore}`)
console.log(`Machine after:  ${loadAfter}`)
console.log(`Took ${Math.round((performance.now() - started) / 1000)} s.`)
const resultsFile = quick ? 'bench-results.quick.json' : 'bench-results.json'
const earlier =
  only.length > 0
    ? (JSON.parse(await readFile(resultsFile, 'utf8').catch(() => '{}')) as Figures)
    : {}
await writeFile(
  resultsFile,
  JSON.stringify({ ...earlier, ...figures, machine_load_1min_after: loadavg()[0]! }, null, 2) +
    '\n',
)
console.log(`Wrote ${resultsFile}`)
