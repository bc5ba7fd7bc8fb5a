import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runWithCodeCache } from './code-cache'
import type * as HostApp from './host-app'

/**
 * Starts the loopback host (`host-app.ts`, bundled as CommonJS beside this file) with V8's code
 * cache. The cache is written once the host has answered its first calls, so the code those
 * answers ran is in it too, or when the host stops before that; a start that found a usable cache
 * writes nothing.
 */
const SAVE_AFTER_START_MS = 2_000

const app = runWithCodeCache(join(dirname(fileURLToPath(import.meta.url)), 'host-app.cjs'))
process.once('exit', () => app.saveCache())
const { hostStarted } = app.exports as typeof HostApp
hostStarted.then(
  () => setTimeout(() => app.saveCache(), SAVE_AFTER_START_MS).unref(),
  // A host that fails to start says why and exits on its own.
  () => undefined,
)
