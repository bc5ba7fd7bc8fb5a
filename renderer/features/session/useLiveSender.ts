import { useCallback, useRef } from 'react'
import { boardPatch, patchSize } from '../../../shared/workshop/board-patch'
import type { LiveContent, LiveStamp, LiveUpdate } from '../../../shared/workshop/stage'
import type { Board } from '../../../shared/workshop/workshop'
import { api } from '../../lib/api'
import { detach } from '../../lib/detach'

type Sent = { stamp: LiveStamp; board: Board }

/**
 * What goes to the main side for this content: a goal board as the change from the board sent
 * last, unless the change is as big as a board (an undo of many edits, say).
 */
const updateFor = (content: LiveContent, stamp: LiveStamp, sent: Sent | null): LiveUpdate => {
  if (content.kind !== 'board' || !sent || sent.stamp.source !== stamp.source) return content
  const patch = boardPatch(sent.board, content.board)
  const cards = content.board.activities.length + content.board.goals.length
  return patchSize(patch) * 2 > cards
    ? content
    : { kind: 'boardPatch', base: sent.stamp.seq, patch }
}

/**
 * Sends the console's board to the projector as it changes. One message is on its way at a time;
 * while it travels only the newest waiting board is kept, so fast typing never queues up. A goal
 * board goes as its change since the last one sent: with forty phones adding cards, sending the
 * whole board each time was most of the console's work.
 */
export const useLiveSender = (clientId: string, workshopId: string) => {
  const busy = useRef(false)
  const waiting = useRef<{ content: LiveContent; stamp: LiveStamp } | null>(null)
  const sent = useRef<Sent | null>(null)
  return useCallback(
    (content: LiveContent, stamp: LiveStamp) => {
      waiting.current = { content, stamp }
      if (busy.current) return
      const pump = async () => {
        busy.current = true
        while (waiting.current) {
          const { content: next, stamp: at } = waiting.current
          waiting.current = null
          const send = (update: LiveUpdate) =>
            api.call('session:live', { clientId, workshopId, stamp: at, content: update })
          let r = await send(updateFor(next, at, sent.current))
          // The main side holds another board than the one this change was made to: send it whole.
          if (r.ok && r.value.needsBoard) r = await send(next)
          sent.current = r.ok && next.kind === 'board' ? { stamp: at, board: next.board } : null
        }
        busy.current = false
      }
      detach(pump())
    },
    [clientId, workshopId],
  )
}
