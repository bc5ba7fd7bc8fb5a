import { z } from 'zod'
import type { EVENT_NAMES } from './event-names'
import { LiveMessage, LiveStamp, OnAir, Stage } from '../workshop/stage'
import { WorkshopFile } from '../workshop/workshop'
import { DeviceStatus } from '../participants/facilitator'

/** Events the main process pushes to every window, declared once like the calls. */
export const events = {
  'data:changed': z.object({
    scope: z.enum(['library', 'client', 'settings']),
    clientId: z.string().nullable(),
    /** The console edit a save carried, so the projector knows whether it is newer than its board. */
    stamp: LiveStamp.optional(),
  }),
  /** A workshop's clock, board or audience state was saved; the workshop comes with it. */
  'session:changed': z.object({
    clientId: z.string(),
    workshopId: z.string(),
    revision: z.number().int(),
    workshop: WorkshopFile.optional(),
    stamp: LiveStamp.optional(),
  }),
  /** The console's board as typed, before it is saved. */
  'session:live': LiveMessage,
  /** The projector's cues changed (page, spotlight, wrap-up message, black or white). */
  'session:stage': z.object({ clientId: z.string(), workshopId: z.string(), stage: Stage }),
  /** The console opened another session or client: the projector follows. */
  'session:onAir': OnAir.nullable(),
  /** Team devices: the participant server's room changed, or it stopped (null). */
  'devices:changed': DeviceStatus.nullable(),
  /** A PDF is being built: sheets done out of the total, for a progress bar. */
  'export:progress': z.object({ done: z.number().int(), total: z.number().int() }),
} as const

export type Events = typeof events
export type EventName = keyof Events
export type EventPayload<E extends EventName> = z.infer<Events[E]>
export type EventEnvelope = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName]

// Every event has its name in event-names.ts, and every name there is an event.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const namesMatch: Same<EventName, (typeof EVENT_NAMES)[number]> = true
void namesMatch

export { isEventName } from './event-names'
