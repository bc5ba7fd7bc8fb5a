import { useCallback, useRef, useState } from 'react'
import type { BoardAction } from '../../../shared/workshop/board-actions'
import { applyBoardAction } from '../../../shared/workshop/board-actions'
import type { LiveStamp } from '../../../shared/workshop/stage'
import type { Board } from '../../../shared/workshop/workshop'
import { api } from '../../lib/api'
import { useAutosave } from '../session/useAutosave'
import { useLiveSender } from '../session/useLiveSender'

const UNDO_DEPTH = 50

/**
 * The goal board as the facilitator edits it: each change is an action that may be refused with
 * a reason, reaches the projector at once, is saved within half a second, and can be undone.
 */
export const useBoardEditor = (
  clientId: string,
  workshopId: string,
  stored: Board,
  storedStamp: LiveStamp | null,
) => {
  const [refusal, setRefusal] = useState<string | null>(null)
  const undoStack = useRef<Board[]>([])
  const sendLive = useLiveSender(clientId, workshopId)
  const saved = useAutosave<Board>({
    stored,
    storedStamp,
    save: (board, stamp) => api.call('workshops:saveBoard', { clientId, workshopId, board, stamp }),
    live: (board, stamp) => sendLive({ kind: 'board', board }, stamp),
  })
  const { update, value } = saved

  /** Applies the action, or answers why it was refused. */
  const tryApply = useCallback(
    (action: BoardAction): string | null => {
      let refused: string | null = null
      update((board) => {
        const result = applyBoardAction(board, action)
        if (!result.ok) {
          refused = result.reason
          return board
        }
        undoStack.current = [...undoStack.current.slice(-UNDO_DEPTH + 1), board]
        return result.board
      })
      setRefusal(refused)
      return refused
    },
    [update],
  )
  const apply = useCallback((action: BoardAction) => tryApply(action) === null, [tryApply])

  const undo = useCallback(() => {
    const previous = undoStack.current.pop()
    if (previous) update(() => previous)
    return previous !== undefined
  }, [update])

  return {
    board: value,
    apply,
    tryApply,
    undo,
    saveState: saved.saveState,
    saveError: saved.saveError,
    refusal,
    clearRefusal: () => setRefusal(null),
  }
}
