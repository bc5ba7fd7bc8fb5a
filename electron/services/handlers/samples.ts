import { createSample, removeSamples } from '../samples'
import type { HandlerGroup } from './types'

type SampleChannels = 'samples:create' | 'samples:remove'

export const sampleHandlers: HandlerGroup<SampleChannels> = (core) => {
  // A double click must not write two samples: callers share the one creation under way.
  let creating: Promise<string> | null = null
  const libraryChanged = () =>
    core.emit({ name: 'data:changed', payload: { scope: 'library', clientId: null } })

  return {
    'samples:create': async () => {
      creating ??= createSample(core).finally(() => {
        creating = null
      })
      const clientId = await creating
      libraryChanged()
      return { clientId }
    },
    'samples:remove': async () => {
      await creating?.catch(() => undefined)
      const removed = await removeSamples(core)
      libraryChanged()
      return { removed }
    },
  }
}
