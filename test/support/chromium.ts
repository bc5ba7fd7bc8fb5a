import type { LaunchOptions } from '@playwright/test'

/** Debian's Chromium with the flags checked on this machine; `npx playwright install` cannot work here. */
export const CHROMIUM_LAUNCH: LaunchOptions = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}
