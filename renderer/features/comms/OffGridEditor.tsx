import type { Availability } from '../../../shared/comms/agreement'
import {
  addDatedBlock,
  addWeeklyBlock,
  removeBlock,
  updateDatedBlock,
  updateWeeklyBlock,
} from '../../../shared/comms/edits'
import { dayName } from '../../../shared/comms/format'
import { newId } from '../../../shared/library/fields'
import { todayIso } from '../../lib/formats'

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const
const today = () => todayIso()

/**
 * Off-grid times: weekly ones (a standing meeting, school pick-up) and dated ones (a trade fair).
 * Times are the person's own wall clock; an end before the start runs past midnight.
 */
export const OffGridEditor = ({
  availability: a,
  onChange,
}: {
  availability: Availability
  onChange: (change: (a: Availability) => Availability) => void
}) => (
  <div className="off-grid">
    <fieldset>
      <legend>Off the grid every week</legend>
      {a.weeklyOffGrid.length === 0 && <p className="hint">None.</p>}
      {a.weeklyOffGrid.map((b, i) => {
        const n = `Weekly block ${i + 1}`
        const set = (change: Parameters<typeof updateWeeklyBlock>[2]) =>
          onChange((p) => updateWeeklyBlock(p, b.id, change))
        return (
          <div key={b.id} className="row wrap block-row" role="group" aria-label={n}>
            <select
              aria-label={`${n}: day`}
              value={b.day}
              onChange={(e) => set({ day: Number(e.target.value) })}
            >
              {DAYS.map((d) => (
                <option key={d} value={d}>
                  {dayName(d)}
                </option>
              ))}
            </select>
            <input
              type="time"
              aria-label={`${n}: from`}
              value={b.start}
              onChange={(e) => e.target.value && set({ start: e.target.value })}
            />
            <input
              type="time"
              aria-label={`${n}: until`}
              value={b.end}
              onChange={(e) => e.target.value && set({ end: e.target.value })}
            />
            <input
              aria-label={`${n}: what`}
              placeholder="e.g. school run"
              maxLength={200}
              value={b.label}
              onChange={(e) => set({ label: e.target.value })}
            />
            {b.end <= b.start && <span className="hint">until the next day</span>}
            <button
              type="button"
              className="ghost"
              aria-label={`Remove ${n.toLowerCase()}`}
              onClick={() => onChange((p) => removeBlock(p, b.id))}
            >
              Remove
            </button>
          </div>
        )
      })}
      <button type="button" onClick={() => onChange((p) => addWeeklyBlock(p, newId()))}>
        Add a weekly off-grid time
      </button>
    </fieldset>
    <fieldset>
      <legend>Off the grid on dates</legend>
      {a.datedOffGrid.length === 0 && <p className="hint">None.</p>}
      {a.datedOffGrid.map((b, i) => {
        const n = `Dated block ${i + 1}`
        const set = (change: Parameters<typeof updateDatedBlock>[2]) =>
          onChange((p) => updateDatedBlock(p, b.id, change))
        return (
          <div key={b.id} className="row wrap block-row" role="group" aria-label={n}>
            <input
              type="datetime-local"
              aria-label={`${n}: from`}
              value={b.from}
              onChange={(e) => e.target.value && set({ from: e.target.value.slice(0, 16) })}
            />
            <input
              type="datetime-local"
              aria-label={`${n}: until`}
              value={b.to}
              onChange={(e) => e.target.value && set({ to: e.target.value.slice(0, 16) })}
            />
            <input
              aria-label={`${n}: what`}
              placeholder="e.g. trade fair"
              maxLength={200}
              value={b.label}
              onChange={(e) => set({ label: e.target.value })}
            />
            {b.to <= b.from && (
              <span className="field-error" role="alert">
                Ends before it starts; it has no effect until fixed.
              </span>
            )}
            <button
              type="button"
              className="ghost"
              aria-label={`Remove ${n.toLowerCase()}`}
              onClick={() => onChange((p) => removeBlock(p, b.id))}
            >
              Remove
            </button>
          </div>
        )
      })}
      <button type="button" onClick={() => onChange((p) => addDatedBlock(p, newId(), today()))}>
        Add dated off-grid time
      </button>
    </fieldset>
  </div>
)
