import { useId } from 'react'
import type { Availability, Channel } from '../../../shared/comms/agreement'
import { isValidTimeZone, workingDayMinutes } from '../../../shared/comms/availability'
import { toggleWorkDay } from '../../../shared/comms/edits'
import { formatMinutes } from '../../../shared/comms/checks'
import { dayName } from '../../../shared/comms/format'
import type { Participant } from '../../../shared/workshop/workshop'
import { ChannelSelect } from './LevelsPanel'
import { OffGridEditor } from './OffGridEditor'

const ZONES: readonly string[] = Intl.supportedValuesOf('timeZone')
const DAYS = [1, 2, 3, 4, 5, 6, 7] as const

interface Props {
  person: Participant
  availability: Availability
  channels: readonly Channel[]
  readOnly: boolean
  onChange: (change: (a: Availability) => Availability) => void
}

export const PersonEditor = ({ person, availability: a, channels, readOnly, onChange }: Props) => {
  const ids = useId()
  const inUse = channels.filter((c) => c.inUse)
  const zoneOk = isValidTimeZone(a.timeZone)
  const set = (change: Partial<Availability>) => onChange((p) => ({ ...p, ...change }))
  return (
    <fieldset className="person-editor" aria-label={person.name} disabled={readOnly}>
      <h4>{person.name}</h4>
      <div className="row wrap">
        <label>
          Time zone
          <input
            list={`${ids}-zones`}
            value={a.timeZone}
            maxLength={64}
            aria-invalid={!zoneOk}
            aria-describedby={zoneOk ? undefined : `${ids}-zone-error`}
            onChange={(e) => set({ timeZone: e.target.value })}
          />
          <datalist id={`${ids}-zones`}>
            {ZONES.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </label>
        <label>
          Starts work
          <input
            type="time"
            value={a.workStart}
            required
            onChange={(e) => e.target.value && set({ workStart: e.target.value })}
          />
        </label>
        <label>
          Ends work
          <input
            type="time"
            value={a.workEnd}
            required
            onChange={(e) => e.target.value && set({ workEnd: e.target.value })}
          />
        </label>
        <span className="hint">{formatMinutes(workingDayMinutes(a))} a day</span>
      </div>
      {!zoneOk && (
        <p id={`${ids}-zone-error`} className="field-error" role="alert">
          “{a.timeZone}” is not a time zone this app knows; until it is fixed, UTC is used. Pick one
          from the list, e.g. Europe/Berlin.
        </p>
      )}
      <fieldset className="row wrap">
        <legend>Working days</legend>
        {DAYS.map((d) => (
          <label key={d} className="inline">
            <input
              type="checkbox"
              checked={a.workDays.includes(d)}
              onChange={() => onChange((p) => toggleWorkDay(p, d))}
            />
            {dayName(d)}
          </label>
        ))}
      </fieldset>
      <div className="row wrap">
        <ChannelSelect
          label="Preferred channel"
          value={a.preferredChannel}
          channels={inUse}
          all={channels}
          onChange={(preferredChannel) => set({ preferredChannel })}
          noneLabel="No preference"
        />
        <ChannelSelect
          label="Urgent channel (also off the grid)"
          value={a.urgentChannel}
          channels={inUse}
          all={channels}
          onChange={(urgentChannel) => set({ urgentChannel })}
          noneLabel="None: urgent messages wait"
        />
        <label className="grow">
          Urgent note
          <input
            value={a.urgentNote}
            maxLength={200}
            placeholder="e.g. mobile +49 …, call twice"
            onChange={(e) => set({ urgentNote: e.target.value })}
          />
        </label>
      </div>
      <OffGridEditor availability={a} onChange={onChange} />
    </fieldset>
  )
}
