import { lazy } from 'react'

/*
 * Screens that are opened, not started on: each loads from its own script the first time it is
 * shown, so the library, the client page and the live console (and the projector) start from a
 * smaller one. Everything is on disk, so the wait is a few milliseconds.
 */
export const AgreementScreen = lazy(() =>
  import('./features/comms/AgreementScreen').then((m) => ({ default: m.AgreementScreen })),
)
export const FollowUpScreen = lazy(() =>
  import('./features/followup/FollowUpScreen').then((m) => ({ default: m.FollowUpScreen })),
)
export const MeetingSetupScreen = lazy(() =>
  import('./features/meeting/MeetingSetupScreen').then((m) => ({ default: m.MeetingSetupScreen })),
)
export const SettingsScreen = lazy(() =>
  import('./features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
)
export const SummaryScreen = lazy(() =>
  import('./features/goal-workshop/SummaryScreen').then((m) => ({ default: m.SummaryScreen })),
)
export const WorkshopSetupScreen = lazy(() =>
  import('./features/goal-workshop/WorkshopSetupScreen').then((m) => ({
    default: m.WorkshopSetupScreen,
  })),
)
