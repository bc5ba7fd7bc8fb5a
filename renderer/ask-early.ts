import { askEarly } from './lib/api'
import type { EarlyCall } from './lib/early-answers'
import { parseRoute } from './lib/routes'
import { preloadScreen, warmScreensWhenIdle } from './screen-scripts'

/*
 * The first script a window runs: the page's head starts it on its own, before the app's script
 * (see vite.config.ts), and main.tsx imports it first as well, for development. It loads neither
 * React nor any screen, so the data and the script of the first screen are on their way while the
 * rest of the app is read and started (see lib/early-answers.ts and screen-scripts.ts). Every
 * screen reads the settings and formats; the client list, the usual first screen, its clients and
 * the library's health.
 */
const first = parseRoute(window.location.hash).screen
askEarly([
  ['settings:get', {}],
  ['settings:formats', {}],
  ...(first === 'library'
    ? ([
        ['clients:list', {}],
        ['library:health', {}],
      ] satisfies EarlyCall[])
    : []),
])
preloadScreen(first)
warmScreensWhenIdle()
