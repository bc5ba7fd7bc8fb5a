import { useCallback, useRef } from 'react'
import type { LiveContent, LiveStamp } from '../../../shared/workshop/stage'
import { api } from '../../lib/api'
import { detach } from '../../lib/detach'

/**
 * Sends the console's board to the projector as it changes. One message is on its way at a time;
 * while it travels only the newest waiting board is kept, so fast typing never queues up.
 */
export const useLiveSender = (clientId: string, workshopId: string) => {
  const busy = useRef(false)
  const waiting = useRef<{ content: LiveContent; stamp: LiveStamp } | null>(null)
  return useCallback(
    (content: LiveContent, stamp: LiveStamp) => {
      waiting.current = { content, stamp }
      if (busy.current) return
      const pump = async () => {
        busy.current = true
        while (waiting.current) {
          const next = waiting.current
          waiting.current = null
          await api.call('session:live', { clientId, workshopId, ...next })
        }
        busy.current = false
      }
      detach(pump())
    },
    [clientId, workshopId],
  )
}
