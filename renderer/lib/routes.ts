/*
 * The app's routes and their addresses, without React: the first script a window runs reads the
 * route before React is loaded (see ../ask-early.ts).
 */
import { ID_PATTERN } from '../../shared/library/id-pattern'

export type Route =
  | { screen: 'library' }
  | { screen: 'client'; clientId: string }
  | { screen: 'settings' }
  | { screen: 'workshop-new'; clientId: string }
  | { screen: 'workshop'; clientId: string; workshopId: string }
  | { screen: 'workshop-summary'; clientId: string; workshopId: string }
  /** The projector follows the console; ids (from older links) name a session to show meanwhile. */
  | { screen: 'audience'; clientId?: string; workshopId?: string }
  | { screen: 'agreement'; clientId: string; agreementId: string }
  | { screen: 'meeting-new'; clientId: string }
  | { screen: 'followup'; clientId: string; tab: string | null }

const ID = `(${ID_PATTERN})`
const patterns: [RegExp, (m: string[]) => Route][] = [
  [new RegExp(`^/clients/${ID}$`), (m) => ({ screen: 'client', clientId: m[1]! })],
  [
    new RegExp(`^/clients/${ID}/workshops/new$`),
    (m) => ({ screen: 'workshop-new', clientId: m[1]! }),
  ],
  [
    new RegExp(`^/clients/${ID}/workshops/${ID}$`),
    (m) => ({ screen: 'workshop', clientId: m[1]!, workshopId: m[2]! }),
  ],
  [
    new RegExp(`^/clients/${ID}/workshops/${ID}/summary$`),
    (m) => ({ screen: 'workshop-summary', clientId: m[1]!, workshopId: m[2]! }),
  ],
  [
    new RegExp(`^/audience/${ID}/${ID}$`),
    (m) => ({ screen: 'audience', clientId: m[1]!, workshopId: m[2]! }),
  ],
  [
    new RegExp(`^/clients/${ID}/agreements/${ID}$`),
    (m) => ({ screen: 'agreement', clientId: m[1]!, agreementId: m[2]! }),
  ],
  [
    new RegExp(`^/clients/${ID}/meetings/new$`),
    (m) => ({ screen: 'meeting-new', clientId: m[1]! }),
  ],
  [
    new RegExp(`^/clients/${ID}/follow-up(?:/([a-z-]+))?$`),
    (m) => ({ screen: 'followup', clientId: m[1]!, tab: m[2] ?? null }),
  ],
  [/^\/audience$/, () => ({ screen: 'audience' })],
  [/^\/settings$/, () => ({ screen: 'settings' })],
]

export const parseRoute = (hash: string): Route => {
  const path = hash.replace(/^#/, '')
  for (const [pattern, make] of patterns) {
    const match = pattern.exec(path)
    if (match) return make(match)
  }
  return { screen: 'library' }
}

export const hrefFor = (route: Route): string => {
  switch (route.screen) {
    case 'client':
      return `#/clients/${route.clientId}`
    case 'settings':
      return '#/settings'
    case 'workshop-new':
      return `#/clients/${route.clientId}/workshops/new`
    case 'workshop':
      return `#/clients/${route.clientId}/workshops/${route.workshopId}`
    case 'workshop-summary':
      return `#/clients/${route.clientId}/workshops/${route.workshopId}/summary`
    case 'audience':
      return route.clientId && route.workshopId
        ? `#/audience/${route.clientId}/${route.workshopId}`
        : '#/audience'
    case 'agreement':
      return `#/clients/${route.clientId}/agreements/${route.agreementId}`
    case 'meeting-new':
      return `#/clients/${route.clientId}/meetings/new`
    case 'followup':
      return `#/clients/${route.clientId}/follow-up${route.tab ? `/${route.tab}` : ''}`
    default:
      return '#/'
  }
}
