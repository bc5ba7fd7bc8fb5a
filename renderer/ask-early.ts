import { EVERY_SCREEN_FIRST, LIBRARY_FIRST } from '../shared/api/first-calls'
import { askEarly } from './lib/api'
import type { EarlyCall } from './lib/early-answers'
import { parseRoute } from './lib/routes'
import { preloadScreen, warmScreensWhenIdle } from './screen-scripts'

/*
 * The first script a window runs: the page's head starts it on its own, before the app's script
 * (see vite.config.ts), and main.tsx imports it first as well, for development. It loads neither
 * React nor any screen, so the data and the script of the first screen are on their way while the
 * rest of the app is read and started (see lib/early-answers.ts, screen-scripts.ts and
 * shared/api/first-calls.ts).
 */
const first = parseRoute(window.location.hash).screen
const calls = [...EVERY_SCREEN_FIRST, ...(first === 'library' ? LIBRARY_FIRST : [])]
askEarly(calls.map((channel): EarlyCall => [channel, {}]))
preloadScreen(first)
warmScreensWhenIdle()
