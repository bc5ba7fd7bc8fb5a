import { ErrorNotice } from '../../components/ErrorNotice'
import { api } from '../../lib/api'
import { useApiData } from '../../lib/useApiData'
import { MoveLibrarySection } from '../portability/MoveLibrarySection'
import { BackupsSection } from './BackupsSection'
import { DataFolderSection } from './DataFolderSection'
import { PreferencesSection } from './PreferencesSection'
import { useSettings } from './useSettings'

export const SettingsScreen = () => {
  const settings = useSettings()
  const info = useApiData(() => api.call('app:info', {}), '', 'settings')
  return (
    <main className="screen" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      {settings.status === 'error' && <ErrorNotice error={settings.error} />}
      {settings.status === 'ready' && <PreferencesSection settings={settings.value} />}
      {info.status === 'ready' && <DataFolderSection info={info.value} />}
      <MoveLibrarySection />
      <BackupsSection />
      {info.status === 'ready' && (
        <p className="hint">
          {info.value.name} {info.value.version} · works fully offline; nothing you enter leaves
          this computer.
        </p>
      )}
    </main>
  )
}
