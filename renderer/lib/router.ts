import { useSyncExternalStore } from 'react'
import type { Route } from './routes'
import { hrefFor, parseRoute } from './routes'

export type { Route } from './routes'
export { hrefFor, parseRoute } from './routes'

export const navigate = (route: Route) => {
  window.location.hash = hrefFor(route)
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** Hash routing: works the same on app:// in Electron and on the loopback host. */
export const useRoute = (): Route =>
  parseRoute(useSyncExternalStore(subscribe, () => window.location.hash))
