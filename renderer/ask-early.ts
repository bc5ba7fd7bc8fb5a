import { askEarly } from './lib/api'
import type { EarlyCall } from './lib/early-answers'
import { parseRoute } from './lib/router'
import { preloadScreen, warmScreensWhenIdle } from './lazy-screens'

/*
 * Imported first by main.tsx, so it runs before React and the screens are evaluated: the data and
 * the script of the first screen are on their way while the rest of the app starts (see
 * lib/early-answers.ts and lazy-screens.ts). Every screen reads the settings and formats; the
 * client list, the usual first screen, its clients and the library's health.
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
