// Builds the renderer (Vite) and the Node side (esbuild, see node-builds.mjs) into out/.
import { build as esbuild } from 'esbuild'
import { build as viteBuild } from 'vite'
import { HOST, HOST_APP, MAIN, MAIN_START, PARTICIPANT, PRELOAD, WORKER } from './node-builds.mjs'

const only = process.argv[2]

const started = Date.now()
await Promise.all([
  only === 'node' ? null : viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' }),
  ...[MAIN, MAIN_START, PRELOAD, HOST, HOST_APP, WORKER, PARTICIPANT].map((options) =>
    esbuild(options),
  ),
])
console.log(`Built in ${Date.now() - started} ms`)
