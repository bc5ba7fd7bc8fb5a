import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    // No inline scripts or styles: the CSP allows only files from the app itself.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
})
