import type { HandlerGroup } from './types'

export const formatHandlers: HandlerGroup<'settings:formats'> = (core) => ({
  'settings:formats': () => core.formats(),
})
