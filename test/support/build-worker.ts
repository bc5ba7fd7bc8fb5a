import { build } from 'esbuild'

/**
 * Vitest global setup: the PDF worker runs as its own file, as in the app, so unit tests build it
 * the way scripts/build.mjs does (a clean clone runs the unit tests before any build).
 */
export default async function buildPdfWorker() {
  await build({
    entryPoints: ['electron/pdf/pdf-worker.ts'],
    outfile: 'out/worker/pdf-worker.js',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  })
}
