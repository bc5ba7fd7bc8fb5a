import { useMemo } from 'react'
import type { FormatPreferences } from '../../../shared/format/formats'
import { resolveFormats } from '../../../shared/format/formats'
import { makeFormatter } from '../../../shared/format/format-dates'
import type { Settings, SettingsPatch } from '../../../shared/library/settings'
import { useFormats } from '../../lib/formats'

const EXAMPLE_DAY = '2026-12-15'
const EXAMPLE_TIME = '14:30'

/** Regions people commonly work in; any other BCP 47 tag can still be typed. */
const LOCALES = [
  'en-US',
  'en-GB',
  'en-CA',
  'de-DE',
  'de-CH',
  'fr-FR',
  'fr-CA',
  'es-ES',
  'es-MX',
  'it-IT',
  'nl-NL',
  'pl-PL',
  'sv-SE',
  'ja-JP',
  'he-IL',
]

/** Each choice shows what it looks like, in the person's own language and region. */
export const FormatsFields = ({
  settings,
  save,
}: {
  settings: Settings
  save: (patch: SettingsPatch) => void
}) => {
  const fmt = useFormats()
  const locale = fmt.formats.locale
  const example = useMemo(() => {
    const prefs: FormatPreferences = { ...settings, locale }
    return (patch: Partial<FormatPreferences>) =>
      makeFormatter(resolveFormats({ ...prefs, ...patch }, locale))
  }, [settings, locale])
  const auto = resolveFormats({ ...settings, paper: 'auto', weekStart: 'auto' }, locale)
  return (
    <>
      <label>
        Language and region
        <input
          list="locale-choices"
          defaultValue={settings.locale}
          placeholder={`This computer (${locale})`}
          maxLength={35}
          onBlur={(e) =>
            e.target.value.trim() !== settings.locale && save({ locale: e.target.value.trim() })
          }
        />
        <datalist id="locale-choices">
          {LOCALES.map((l) => (
            <option key={l} value={l} />
          ))}
        </datalist>
      </label>
      <label>
        Dates
        <select
          value={settings.dateStyle}
          onChange={(e) => save({ dateStyle: e.target.value as Settings['dateStyle'] })}
        >
          <option value="auto">
            As in my region ({example({ dateStyle: 'auto' }).date(EXAMPLE_DAY)})
          </option>
          <option value="day-month-year">
            {example({ dateStyle: 'day-month-year' }).date(EXAMPLE_DAY)}
          </option>
          <option value="month-day-year">
            {example({ dateStyle: 'month-day-year' }).date(EXAMPLE_DAY)}
          </option>
          <option value="numeric">{example({ dateStyle: 'numeric' }).date(EXAMPLE_DAY)}</option>
          <option value="iso">{example({ dateStyle: 'iso' }).date(EXAMPLE_DAY)} (ISO)</option>
        </select>
      </label>
      <label>
        Times
        <select
          value={settings.timeStyle}
          onChange={(e) => save({ timeStyle: e.target.value as Settings['timeStyle'] })}
        >
          <option value="auto">
            As in my region ({example({ timeStyle: 'auto' }).time(EXAMPLE_TIME)})
          </option>
          <option value="12h">12-hour ({example({ timeStyle: '12h' }).time(EXAMPLE_TIME)})</option>
          <option value="24h">24-hour ({example({ timeStyle: '24h' }).time(EXAMPLE_TIME)})</option>
        </select>
      </label>
      <label>
        Paper size
        <select
          value={settings.paper}
          onChange={(e) => save({ paper: e.target.value as Settings['paper'] })}
        >
          <option value="auto">As in my region ({auto.paper === 'A4' ? 'A4' : 'US Letter'})</option>
          <option value="A4">A4</option>
          <option value="LETTER">US Letter</option>
        </select>
      </label>
      <label>
        Weeks start on
        <select
          value={settings.weekStart}
          onChange={(e) => save({ weekStart: e.target.value as Settings['weekStart'] })}
        >
          <option value="auto">As in my region ({WEEKDAYS[auto.weekStart] ?? 'Monday'})</option>
          <option value="monday">Monday</option>
          <option value="sunday">Sunday</option>
          <option value="saturday">Saturday</option>
        </select>
      </label>
    </>
  )
}

const WEEKDAYS: Record<number, string> = { 1: 'Monday', 6: 'Saturday', 7: 'Sunday' }
