// Builds the renderer (Vite) and the Node side (esbuild): main and host as ESM, preload as CommonJS
// because a sandboxed preload cannot be an ES module.
import { build as esbuild } from 'esbuild'
import { readFile } from 'node:fs/promises'
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
])
console.log(`Built in ${Date.now() - started} ms`)
