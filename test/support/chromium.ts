import type { LaunchOptions } from '@playwright/test'
import { resolve } from 'node:path'

/**
 * Chrome's own window parts that Electron does not have. Its omnibox popup is a web page, drawn
 * in hidden renderers that start with every browser window: about 1.3 s of CPU after a browser's
 * start and 0.4 s for each new window, measured here, all of it competing with the app for a
 * two-core machine's cores. The app's window has no address bar, so the browser standing in for
 * it goes without one too.
 */
const NOT_IN_ELECTRON = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup']

/**
 * Debian's Chromium with the flags checked on this machine; `npx playwright install` cannot work
 * here. It starts through `chromium.sh` (from the repository's root, where npm runs everything),
 * which merges this list of disabled features with Playwright's own instead of replacing it;
 * `CHROMIUM_PATH` names another Chromium.
 */
export const CHROMIUM_LAUNCH: LaunchOptions = {
  executablePath: resolve('test/support/chromium.sh'),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-features=${NOT_IN_ELECTRON.join(',')}`,
  ],
}
