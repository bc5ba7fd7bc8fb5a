import { build } from 'esbuild'
import { readFileSync } from 'node:fs'

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

const node = (entry: string, outfile: string) =>
  build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
    define: { __APP_VERSION__: JSON.stringify(version) },
  })

/**
 * Vitest global setup: the PDF worker and the loopback host run as their own processes, as in the
 * app, so unit tests build them the way scripts/build.mjs does (a clean clone runs the unit tests
 * before any build).
 */
export default async function buildNodeEntries() {
  await Promise.all([
    node('electron/pdf/pdf-worker.ts', 'out/worker/pdf-worker.js'),
    node('electron/host/serve.ts', 'out/host/serve.js'),
  ])
}
