import { detach } from './lib/detach'
import type { Route } from './lib/routes'

/*
 * The screens' scripts, without React, so the first script a window runs can ask for one (see
 * ask-early.ts). Every screen but the client list loads from its own script the first time it is
 * shown, so the app starts by reading only what its usual first screen needs. The screen a start
 * opens on is asked for at once, and the others are read while the app is idle, so moving between
 * screens never waits for a file.
 */
export const load = {
  client: () => import('./features/client/ClientScreen'),
  console: () => import('./features/session/ConsoleScreen'),
  audience: () => import('./features/audience/AudienceScreen'),
  agreement: () => import('./features/comms/AgreementScreen'),
  followUp: () => import('./features/followup/FollowUpScreen'),
  meetingSetup: () => import('./features/meeting/MeetingSetupScreen'),
  settings: () => import('./features/settings/SettingsScreen'),
  summary: () => import('./features/goal-workshop/SummaryScreen'),
  workshopSetup: () => import('./features/goal-workshop/WorkshopSetupScreen'),
}

const loaderFor: Partial<Record<Route['screen'], () => Promise<unknown>>> = {
  client: load.client,
  workshop: load.console,
  audience: load.audience,
  agreement: load.agreement,
  followup: load.followUp,
  'meeting-new': load.meetingSetup,
  settings: load.settings,
  'workshop-summary': load.summary,
  'workshop-new': load.workshopSetup,
}

/** A script read ahead of need: if it fails, the screen tries again, and says so, when shown. */
const readAhead = (loader: () => Promise<unknown>) =>
  loader().then(
    () => undefined,
    () => undefined,
  )

/** Starts reading the script of the screen a start opens on, alongside the app's own. */
export const preloadScreen = (screen: Route['screen']) => {
  const loader = loaderFor[screen]
  if (loader) detach(readAhead(loader))
}

/**
 * Reads every other screen's script once the app has nothing else to do: not before the first
 * screen has had time to show its data (idle moments come while it waits for them), and one
 * script per idle moment, so a key pressed meanwhile is not kept waiting.
 */
export const warmScreensWhenIdle = (afterMs = 2_000) => {
  const queue = Object.values(load)
  const next = () => {
    const loader = queue.shift()
    if (!loader) return
    detach(readAhead(loader).then(() => requestIdleCallback(next, { timeout: 5_000 })))
  }
  setTimeout(() => requestIdleCallback(next, { timeout: 5_000 }), afterMs)
}
