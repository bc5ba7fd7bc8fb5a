import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { defineConfig } from 'vite'
import { fontSlicesPlugin } from './scripts/font-slices.mjs'

const EARLY = 'ask-early'

/**
 * The app's first script (renderer/ask-early.ts) is an entry of its own, started from the page's
 * head with `async`: it runs as soon as its few kilobytes arrive, and asks for the first screen's
 * data while React and the app are still being read. Imported by the app too, it runs only once.
 */
const startEarly = (): Plugin => ({
  name: 'start-early',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (_html, ctx) => {
      const chunk = Object.values(ctx.bundle ?? {}).find(
        (c) => c.type === 'chunk' && c.isEntry && c.name === EARLY,
      )
      if (!chunk) throw new Error(`The ${EARLY} entry is missing from the build.`)
      return [
        {
          tag: 'script',
          attrs: { type: 'module', async: true, crossorigin: true, src: `/${chunk.fileName}` },
          injectTo: 'head',
        },
      ]
    },
  },
})

export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [
    react(),
    startEarly(),
    // The Japanese fallback font (5.4 MB) goes out in pieces: see scripts/font-slices.mjs.
    fontSlicesPlugin({
      fonts: ['@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'],
      cacheDir: 'node_modules/.cache/font-slices',
    }),
  ],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    // No inline scripts or styles: the CSP allows only files from the app itself.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('renderer/index.html', import.meta.url)),
        [EARLY]: fileURLToPath(new URL('renderer/ask-early.ts', import.meta.url)),
      },
    },
  },
})
