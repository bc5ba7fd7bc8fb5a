import { Suspense, useEffect } from 'react'
import { ToastProvider } from './components/Toasts'
import { useFormats } from './lib/formats'
import { hrefFor, useRoute } from './lib/router'
import { LibraryScreen } from './features/library/LibraryScreen'
import { GlobalShortcutHelp } from './features/onboarding/GlobalShortcutHelp'
import { useFocusOnNavigate } from './lib/useFocusOnNavigate'
import {
  AgreementScreen,
  AudienceScreen,
  ClientScreen,
  ConsoleScreen,
  FollowUpScreen,
  MeetingSetupScreen,
  SettingsScreen,
  SummaryScreen,
  WorkshopSetupScreen,
} from './lazy-screens'
import { useProjectorFollows } from './features/session/useProjectorFollows'
import { useSettings } from './features/settings/useSettings'

const useTheme = () => {
  const settings = useSettings()
  const theme = settings.status === 'ready' ? settings.value.theme : 'light'
  useEffect(() => {
    document.documentElement.dataset['theme'] = theme
  }, [theme])
}

export const App = () => {
  const route = useRoute()
  useTheme()
  // Every screen re-renders when the date, time or paper formats change in Settings.
  useFormats()
  useFocusOnNavigate(route)
  useProjectorFollows(route)
  // The projector gets the room's view only: no app header, no navigation, nothing to click.
  if (route.screen === 'audience')
    return (
      <Suspense fallback={null}>
        <AudienceScreen clientId={route.clientId} workshopId={route.workshopId} />
      </Suspense>
    )
  return (
    <ToastProvider>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className="app-header">
        <span className="brand">Smartketing Workshop</span>
        <nav aria-label="Main">
          <a
            href={hrefFor({ screen: 'library' })}
            aria-current={route.screen !== 'settings' ? 'page' : undefined}
          >
            Clients
          </a>
          <a
            href={hrefFor({ screen: 'settings' })}
            aria-current={route.screen === 'settings' ? 'page' : undefined}
          >
            Settings
          </a>
        </nav>
      </header>
      <div id="content">
        <Suspense fallback={null}>
          {route.screen === 'library' && <LibraryScreen />}
          {route.screen === 'client' && (
            <ClientScreen key={route.clientId} clientId={route.clientId} />
          )}
          {route.screen === 'settings' && <SettingsScreen />}
          {route.screen === 'workshop-new' && <WorkshopSetupScreen clientId={route.clientId} />}
          {route.screen === 'workshop' && (
            <ConsoleScreen
              key={route.workshopId}
              clientId={route.clientId}
              workshopId={route.workshopId}
            />
          )}
          {route.screen === 'meeting-new' && <MeetingSetupScreen clientId={route.clientId} />}
          {route.screen === 'followup' && (
            <FollowUpScreen key={route.clientId} clientId={route.clientId} tab={route.tab} />
          )}
          {route.screen === 'agreement' && (
            <AgreementScreen
              key={route.agreementId}
              clientId={route.clientId}
              agreementId={route.agreementId}
            />
          )}
          {route.screen === 'workshop-summary' && (
            <SummaryScreen clientId={route.clientId} workshopId={route.workshopId} />
          )}
        </Suspense>
      </div>
      <GlobalShortcutHelp />
    </ToastProvider>
  )
}
