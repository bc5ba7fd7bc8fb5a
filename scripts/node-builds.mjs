// The Node side's bundles, shared by `npm run build` and `npm run dev`: main as ESM, the preload as
// CommonJS because a sandboxed preload cannot be an ES module, the host's app as CommonJS for its
// code cache (see HOST_APP).
import { readFile } from 'node:fs/promises'

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'))

const node = (entry, outfile, extra = {}) => ({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  ...extra,
  // A bundle's own definitions come on top of the app's version, which every bundle needs.
  define: { __APP_VERSION__: JSON.stringify(pkg.version), ...extra.define },
})

/**
 * What the main process and the host still load from node_modules: Electron itself, the PDF
 * libraries (pdfkit finds its own files by path; the worker loads them anyway), and exceljs, read
 * only on the first spreadsheet export. Everything else is bundled in: reading zod, conf and the
 * rest as one file instead of hundreds takes about 150 ms less CPU at every start.
 */
export const LOADED_AT_RUN_TIME = ['electron', 'pdfkit', 'fontkit', 'exceljs', 'bidi-js']

const startsFast = {
  packages: undefined,
  external: LOADED_AT_RUN_TIME,
  // Bundled CommonJS packages call require() for Node's own modules; ES modules have none.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
}

/** The main process: `start.ts` turns on Node's compile cache, then loads the app's bundle. */
export const MAIN = node('electron/main/index.ts', 'out/main/app.js', startsFast)
export const MAIN_START = node('electron/main/start.ts', 'out/main/index.js', {
  packages: undefined,
  external: ['electron'],
})
export const PRELOAD = node('electron/preload/index.ts', 'out/preload/index.cjs', {
  format: 'cjs',
  packages: undefined,
  external: ['electron'],
})
/**
 * The loopback host as CommonJS, which Node 20 can run from V8's code cache (`serve.ts` does so;
 * ES modules it always compiles again). `import.meta.url` becomes the file's own URL.
 */
export const HOST_APP = node('electron/host/host-app.ts', 'out/host/host-app.cjs', {
  ...startsFast,
  format: 'cjs',
  banner: { js: "var __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__bundleUrl' },
  // exceljs is loaded on first use with require(): an import() would need the ESM loader.
  supported: { 'dynamic-import': false },
  // Without comments and spaces (names kept, for stack traces): a third less to read and check
  // at every start, and plain ASCII, which code-cache.ts reads without decoding UTF-8.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
})
/** Starts HOST_APP with its code cache: `node out/host/serve.js`. */
export const HOST = node('electron/host/serve.ts', 'out/host/serve.js')
export const WORKER = node('electron/pdf/pdf-worker.ts', 'out/worker/pdf-worker.js')

/** The page phones open: its own small bundle for the participant server, never through Vite. */
export const PARTICIPANT = {
  entryPoints: [
    'renderer/participant/participant.ts',
    'renderer/participant/participant.css',
    'renderer/participant/index.html',
  ],
  outdir: 'out/participant',
  entryNames: '[name]',
  bundle: true,
  minify: true,
  platform: 'browser',
  target: ['safari15', 'chrome100'],
  format: 'iife',
  loader: { '.html': 'copy' },
  logLevel: 'warning',
}
