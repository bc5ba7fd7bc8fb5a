import type { Plan, PlanPhase } from '../../../shared/workshop/plan'
import { planTotalMinutes } from '../../../shared/workshop/plan'

interface Props {
  plan: Plan
  onChange: (plan: Plan) => void
}

/**
 * The session's phases and minutes, the prompt the room reads and the facilitator's own notes;
 * the total is what the room will see on the clock.
 */
export const PlanEditor = ({ plan, onChange }: Props) => {
  const update = (i: number, patch: Partial<PlanPhase>) =>
    onChange(plan.map((p, k) => (k === i ? { ...p, ...patch } : p)))
  const move = (i: number, by: -1 | 1) => {
    const next = [...plan]
    const [phase] = next.splice(i, 1)
    next.splice(i + by, 0, phase!)
    onChange(next)
  }
  return (
    <fieldset className="plan-editor">
      <legend>
        Plan · {formatMinutes(planTotalMinutes(plan))} in {plan.length} phases
      </legend>
      <ol>
        {plan.map((phase, i) => (
          <li key={i} className="plan-phase">
            <div className="row wrap">
              <label className="grow">
                Phase {i + 1} name
                <input
                  value={phase.name}
                  maxLength={120}
                  onChange={(e) => update(i, { name: e.target.value })}
                />
              </label>
              <label>
                Phase {i + 1} minutes
                <input
                  type="number"
                  min={0.5}
                  max={120}
                  step={0.5}
                  value={phase.minutes}
                  onChange={(e) => update(i, { minutes: Number(e.target.value) })}
                />
              </label>
              <button
                type="button"
                aria-label={`Move phase ${i + 1} up`}
                disabled={i === 0}
                onClick={() => move(i, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`Move phase ${i + 1} down`}
                disabled={i === plan.length - 1}
                onClick={() => move(i, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={`Remove phase ${i + 1}`}
                disabled={plan.length === 1}
                onClick={() => onChange(plan.filter((_, k) => k !== i))}
              >
                Remove
              </button>
            </div>
            <label className="block">
              Phase {i + 1} prompt for the room
              <textarea
                rows={2}
                value={phase.prompt}
                maxLength={5000}
                onChange={(e) => update(i, { prompt: e.target.value })}
              />
            </label>
            <label className="block">
              Phase {i + 1} notes for you (never shown to the room)
              <textarea
                rows={2}
                value={phase.notes}
                maxLength={5000}
                onChange={(e) => update(i, { notes: e.target.value })}
              />
            </label>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() =>
          onChange([...plan, { name: 'New phase', prompt: '', notes: '', minutes: 2 }])
        }
        disabled={plan.length >= 12}
      >
        Add a phase
      </button>
    </fieldset>
  )
}

export const formatMinutes = (m: number) =>
  Number.isInteger(m) ? `${m} min` : `${m.toFixed(1)} min`
