/**
 * The names of the events the main process pushes (their payloads' schemas are in events.ts). A
 * module of its own so a window can listen without loading the schemas at start.
 */
export const EVENT_NAMES = [
  'data:changed',
  'session:changed',
  'session:live',
  'session:stage',
  'session:onAir',
  'devices:changed',
  'export:progress',
] as const

const known = new Set<string>(EVENT_NAMES)

export const isEventName = (name: string): name is (typeof EVENT_NAMES)[number] => known.has(name)
