import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { fontSlicesPlugin } from './scripts/font-slices.mjs'

export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [
    react(),
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
  },
})
