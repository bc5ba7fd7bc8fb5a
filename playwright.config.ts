import { defineConfig } from '@playwright/test'
import { CHROMIUM_LAUNCH } from './test/support/chromium'

/**
 * End-to-end specs run twice: in Debian Chromium against the loopback host, and against the real
 * Electron app where a binary is installed (elsewhere that project skips with one line).
 */
export default defineConfig({
  testDir: 'test/e2e',
  globalSetup: './test/e2e/global-setup.ts',
  outputDir: 'test-results/e2e',
  // Sized for a consultant's old two-core laptop, or a CI runner, with another process using both
  // cores: the heaviest specs take about a minute there, so each has three; no spec sets its own.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  workers: 2,
  // Tests, not files, are shared between the workers, so no file's long tests queue behind each
  // other on one worker. (Measured: no shorter overall on 2 cores, where the run is CPU-bound.)
  fullyParallel: true,
  reporter: 'list',
  use: {
    viewport: { width: 1280, height: 720 },
    trace: 'retain-on-failure',
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [
    // Electron-only specs (windows, web preferences) have nothing to check in a browser.
    { name: 'browser', use: { browserName: 'chromium' }, testIgnore: /electron-.*\.spec\.ts/ },
    { name: 'electron', use: { browserName: 'chromium' } },
  ],
})
