import { lazy } from 'react'
import { load } from './screen-scripts'

/** Every screen but the client list, loaded from its own script the first time it is shown. */
export const ClientScreen = lazy(() => load.client().then((m) => ({ default: m.ClientScreen })))
export const ConsoleScreen = lazy(() => load.console().then((m) => ({ default: m.ConsoleScreen })))
export const AudienceScreen = lazy(() =>
  load.audience().then((m) => ({ default: m.AudienceScreen })),
)
export const AgreementScreen = lazy(() =>
  load.agreement().then((m) => ({ default: m.AgreementScreen })),
)
export const FollowUpScreen = lazy(() =>
  load.followUp().then((m) => ({ default: m.FollowUpScreen })),
)
export const MeetingSetupScreen = lazy(() =>
  load.meetingSetup().then((m) => ({ default: m.MeetingSetupScreen })),
)
export const SettingsScreen = lazy(() =>
  load.settings().then((m) => ({ default: m.SettingsScreen })),
)
export const SummaryScreen = lazy(() => load.summary().then((m) => ({ default: m.SummaryScreen })))
export const WorkshopSetupScreen = lazy(() =>
  load.workshopSetup().then((m) => ({ default: m.WorkshopSetupScreen })),
)
