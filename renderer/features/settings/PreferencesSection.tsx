import type { Settings, SettingsPatch, Theme } from '../../../shared/library/settings'
import { useToast } from '../../components/Toasts'
import { api } from '../../lib/api'
import { detach } from '../../lib/detach'
import { FormatsFields } from './FormatsFields'
import { WarningTimes } from './WarningTimes'

/** Each preference is saved the moment it changes; there is no Save button to forget. */
export const PreferencesSection = ({ settings }: { settings: Settings }) => {
  const toast = useToast()
  const save = async (patch: SettingsPatch) => {
    const r = await api.call('settings:update', patch)
    if (!r.ok) toast({ message: r.error.message, tone: 'error' })
  }
  return (
    <section className="card" aria-labelledby="prefs-title">
      <h2 id="prefs-title">Preferences</h2>
      <div className="row wrap">
        <label>
          Theme
          <select
            value={settings.theme}
            onChange={(e) => detach(save({ theme: e.target.value as Theme }))}
          >
            <option value="light">Light</option>
            <option value="dark">Dark</option>
            <option value="projector">Projector (high contrast)</option>
          </select>
        </label>
        <label>
          Facilitator name
          <input
            defaultValue={settings.facilitatorName}
            maxLength={120}
            onBlur={(e) =>
              e.target.value !== settings.facilitatorName &&
              void save({ facilitatorName: e.target.value })
            }
          />
        </label>
        <FormatsFields settings={settings} save={(patch) => detach(save(patch))} />
        <label className="inline">
          <input
            type="checkbox"
            checked={settings.soundOn}
            onChange={(e) => detach(save({ soundOn: e.target.checked }))}
          />
          Chime at the end of each phase and at each warning
        </label>
        <WarningTimes
          value={settings.warnAtSeconds}
          onSave={(warnAtSeconds) => save({ warnAtSeconds })}
        />
        <label>
          A board that does not fit the projector
          <select
            value={settings.audiencePaging}
            onChange={(e) =>
              detach(save({ audiencePaging: e.target.value as Settings['audiencePaging'] }))
            }
          >
            <option value="key">Pages when I press ↓ or ↑</option>
            <option value="auto">Pages by itself every 8 seconds</option>
          </select>
        </label>
      </div>
    </section>
  )
}
