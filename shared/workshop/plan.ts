import { z } from 'zod'
import { LongText, Name } from '../library/fields'

/**
 * A phase as the facilitator edits it: in minutes, with the prompt the room will see and private
 * notes for the facilitator (what to say and ask), which never reach the projector.
 */
export const PlanPhase = z.object({
  name: Name,
  prompt: LongText,
  notes: LongText.default(''),
  minutes: z
    .number()
    .min(0.5, 'A phase needs at least half a minute')
    .max(120, 'Keep a phase under two hours'),
})
export type PlanPhase = z.infer<typeof PlanPhase>

export const Plan = z
  .array(PlanPhase)
  .min(1, 'A plan needs at least one phase')
  .max(12, 'Keep the plan to twelve phases')
export type Plan = z.infer<typeof Plan>

export const planTotalMinutes = (plan: Plan) => plan.reduce((sum, p) => sum + p.minutes, 0)
