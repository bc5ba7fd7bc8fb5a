import type {
  AgreementTerms,
  Channel,
  MessageLevel,
  Urgency,
} from '../../../shared/comms/agreement'
import { URGENCY_LABELS } from '../../../shared/comms/defaults'
import {
  addLevel,
  MAX_LEVELS,
  moveLevel,
  removeLevel,
  updateLevel,
} from '../../../shared/comms/edits'
import { formatResponse } from '../../../shared/comms/format'
import { newId } from '../../../shared/library/fields'

/** Response times people actually agree on; the working-day ones count working hours only. */
const RESPONSE_PRESETS = [5, 15, 30, 60, 120, 240, 480, 960, 2400] as const

interface Props {
  terms: AgreementTerms
  onChange: (change: (t: AgreementTerms) => AgreementTerms) => void
  readOnly: boolean
}

/** For each kind of message: channel first, channel next, how fast, and what if nobody answers. */
export const LevelsPanel = ({ terms, onChange, readOnly }: Props) => {
  const inUse = terms.channels.filter((c) => c.inUse)
  return (
    <section className="card" aria-labelledby="levels-title">
      <h3 id="levels-title">Message levels</h3>
      <div className="level-list">
        {terms.levels.map((level, i) => (
          <LevelCard
            key={level.id}
            level={level}
            channels={inUse}
            all={terms.channels}
            first={i === 0}
            last={i === terms.levels.length - 1}
            readOnly={readOnly}
            onChange={onChange}
          />
        ))}
      </div>
      {!readOnly && (
        <button
          type="button"
          disabled={terms.levels.length >= MAX_LEVELS}
          onClick={() => onChange((t) => addLevel(t, newId()))}
        >
          Add a message level
        </button>
      )}
    </section>
  )
}

const LevelCard = ({
  level,
  channels,
  all,
  first,
  last,
  readOnly,
  onChange,
}: {
  level: MessageLevel
  channels: Channel[]
  all: readonly Channel[]
  first: boolean
  last: boolean
  readOnly: boolean
  onChange: Props['onChange']
}) => {
  const set = (change: Partial<Omit<MessageLevel, 'id'>>) =>
    onChange((t) => updateLevel(t, level.id, change))
  const label = level.name.trim() || 'Unnamed level'
  return (
    <fieldset className="level-card" aria-label={label} disabled={readOnly}>
      <div className="row wrap">
        <label>
          Name
          <input
            value={level.name}
            maxLength={120}
            required
            onChange={(e) => set({ name: e.target.value })}
          />
        </label>
        <label>
          Kind
          <select
            value={level.urgency}
            onChange={(e) => set({ urgency: e.target.value as Urgency })}
          >
            {Object.entries(URGENCY_LABELS).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </label>
        <ChannelSelect
          label="First channel"
          value={level.primary}
          channels={channels}
          all={all}
          onChange={(primary) => set({ primary })}
        />
        <ChannelSelect
          label="If no answer"
          value={level.fallback}
          channels={channels}
          all={all}
          onChange={(fallback) => set({ fallback })}
        />
        <label>
          Answer within
          <select
            value={level.responseMinutes ?? ''}
            onChange={(e) =>
              set({ responseMinutes: e.target.value === '' ? null : Number(e.target.value) })
            }
          >
            <option value="">Not agreed</option>
            {[...new Set([...RESPONSE_PRESETS, level.responseMinutes ?? 5])]
              .sort((a, b) => a - b)
              .map((m) => (
                <option key={m} value={m}>
                  {formatResponse(m)}
                </option>
              ))}
          </select>
        </label>
      </div>
      <label className="block">
        When nobody answers
        <textarea
          rows={2}
          maxLength={5000}
          value={level.noAnswer}
          onChange={(e) => set({ noAnswer: e.target.value })}
        />
      </label>
      <div className="row end">
        <button
          type="button"
          className="ghost"
          disabled={first}
          aria-label={`Move ${label} up`}
          onClick={() => onChange((t) => moveLevel(t, level.id, -1))}
        >
          ↑
        </button>
        <button
          type="button"
          className="ghost"
          disabled={last}
          aria-label={`Move ${label} down`}
          onClick={() => onChange((t) => moveLevel(t, level.id, 1))}
        >
          ↓
        </button>
        <button
          type="button"
          className="ghost danger"
          aria-label={`Remove ${label}`}
          onClick={() => onChange((t) => removeLevel(t, level.id))}
        >
          Remove
        </button>
      </div>
    </fieldset>
  )
}

/** Channels in use, plus the current one if it was switched off since, marked so. */
export const ChannelSelect = ({
  label,
  value,
  channels,
  all,
  onChange,
  noneLabel = 'None',
}: {
  label: string
  value: string | null
  channels: readonly Channel[]
  all: readonly Channel[]
  onChange: (id: string | null) => void
  noneLabel?: string
}) => {
  const current =
    value && !channels.some((c) => c.id === value) ? all.find((c) => c.id === value) : undefined
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{noneLabel}</option>
        {channels.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
        {current && <option value={current.id}>{current.name} (switched off)</option>}
      </select>
    </label>
  )
}
