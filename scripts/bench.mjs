// `npm run bench`: bundles the benchmarks with esbuild (Node 20 cannot run TypeScript) and runs them.
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'

// The renderer is measured as built, so build it first.
if (spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0)
  process.exit(1)

await build({
  // The first export after start runs in a process of its own, fresh, its peak memory its own;
  // so does the devices benchmark's host, whose memory is the participant server's figure.
  entryPoints: ['bench/index.ts', 'bench/pdf-batch.ts', 'bench/devices-host.ts'],
  outdir: 'out/bench',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
})
// `--quick` (npm test): small sizes, one round, so the benchmark cannot rot; see bench/mode.ts.
const run = spawnSync(
  process.execPath,
  ['--expose-gc', 'out/bench/index.js', ...process.argv.slice(2)],
  { stdio: 'inherit' },
)
process.exit(run.status ?? 1)
