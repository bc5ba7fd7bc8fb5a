import { z } from 'zod'

/** Events the main process pushes to every window, declared once like the calls. */
export const events = {
  'data:changed': z.object({
    scope: z.enum(['library', 'client', 'settings']),
    clientId: z.string().nullable(),
  }),
  /** A workshop's clock, board or audience state changed; the audience view reloads it. */
  'session:changed': z.object({
    clientId: z.string(),
    workshopId: z.string(),
    revision: z.number().int(),
  }),
  /** A PDF is being built: sheets done out of the total, for a progress bar. */
  'export:progress': z.object({ done: z.number().int(), total: z.number().int() }),
} as const

export type Events = typeof events
export type EventName = keyof Events
export type EventPayload<E extends EventName> = z.infer<Events[E]>
export type EventEnvelope = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName]

export const isEventName = (name: string): name is EventName => Object.hasOwn(events, name)
