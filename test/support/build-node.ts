import { build } from 'esbuild'
import { HOST, HOST_APP, WORKER } from '../../scripts/node-builds.mjs'

/**
 * Vitest global setup: the PDF worker and the loopback host run as their own processes, as in the
 * app, so unit tests build them exactly as scripts/build.mjs does (a clean clone runs the unit
 * tests before any build).
 */
export default async function buildNodeEntries() {
  await Promise.all(
    [HOST, HOST_APP, WORKER].map((options) => build({ ...options, sourcemap: false })),
  )
}
