import { cpus, loadavg } from 'node:os'

/**
 * `npm run bench` measures at full size, the median of several rounds; `--quick` (run inside
 * `npm test`) runs every figure once at small sizes, so the benchmark cannot rot unnoticed. Quick
 * figures are not comparable with full ones and are never judged against the targets.
 */
export const quick = process.argv.includes('--quick')
export const ROUNDS = quick ? 1 : 5
/** Picks the full or the quick value. */
export const size = <T>(full: T, small: T): T => (quick ? small : full)

/** The machine's load, printed beside the figures: a figure on a busy machine says so. */
export const machineLoad = () => {
  const [one, five] = loadavg()
  return `load average ${one!.toFixed(2)} (1 min), ${five!.toFixed(2)} (5 min) on ${cpus().length} cores`
}
