// Builds the renderer (Vite) and the Node side (esbuild): main and host as ESM, preload as CommonJS
// because a sandboxed preload cannot be an ES module.
import { build as esbuild } from 'esbuild'
import { copyFile, mkdir, readFile } from 'node:fs/promises'
import { build as viteBuild } from 'vite'

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'))
const only = process.argv[2]

const node = (entry, outfile, extra = {}) =>
  esbuild({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    ...extra,
  })

// The page phones open: its own small bundle, served by the participant server, never by Vite.
const participantPage = async () => {
  await mkdir('out/participant', { recursive: true })
  await Promise.all([
    esbuild({
      entryPoints: ['renderer/participant/main.ts'],
      outfile: 'out/participant/participant.js',
      bundle: true,
      minify: true,
      platform: 'browser',
      target: ['safari15', 'chrome100'],
      format: 'iife',
      logLevel: 'warning',
    }),
    copyFile('renderer/participant/index.html', 'out/participant/index.html'),
    copyFile('renderer/participant/participant.css', 'out/participant/participant.css'),
  ])
}

const started = Date.now()
await Promise.all([
  only === 'node' ? null : viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' }),
  node('electron/main/index.ts', 'out/main/index.js'),
  node('electron/preload/index.ts', 'out/preload/index.cjs', {
    format: 'cjs',
    packages: undefined,
    external: ['electron'],
  }),
  node('electron/host/serve.ts', 'out/host/serve.js'),
  node('electron/pdf/pdf-worker.ts', 'out/worker/pdf-worker.js'),
  participantPage(),
])
console.log(`Built in ${Date.now() - started} ms`)
