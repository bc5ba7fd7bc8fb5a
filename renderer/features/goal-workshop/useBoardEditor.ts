import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppError } from '../../../shared/api/result'
import type { BoardAction } from '../../../shared/workshop/board-actions'
import { applyBoardAction } from '../../../shared/workshop/board-actions'
import type { Board } from '../../../shared/workshop/workshop'
import { api } from '../../lib/api'
import { detach } from '../../lib/detach'

const SAVE_DELAY_MS = 400
const UNDO_DEPTH = 50

export type SaveState = 'saved' | 'pending' | 'saving' | 'error'

/**
 * The board as the facilitator edits it: changes apply at once on screen, are saved within half a
 * second (so a crash loses at most that), and can be undone step by step.
 */
export const useBoardEditor = (clientId: string, workshopId: string, stored: Board) => {
  const [board, setBoard] = useState(stored)
  const [saveState, setSaveState] = useState<SaveState>('saved')
  const [saveError, setSaveError] = useState<AppError | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  const undoStack = useRef<Board[]>([])
  const latest = useRef(board)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  const save = useCallback(async () => {
    timer.current = null
    setSaveState('saving')
    const r = await api.call('workshops:saveBoard', { clientId, workshopId, board: latest.current })
    setSaveState(r.ok ? (timer.current ? 'pending' : 'saved') : 'error')
    setSaveError(r.ok ? null : r.error)
  }, [clientId, workshopId])

  const schedule = useCallback(
    (next: Board) => {
      latest.current = next
      setBoard(next)
      setSaveState('pending')
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(() => detach(save()), SAVE_DELAY_MS)
    },
    [save],
  )

  const apply = useCallback(
    (action: BoardAction): boolean => {
      const result = applyBoardAction(latest.current, action)
      if (!result.ok) {
        setRefusal(result.reason)
        return false
      }
      setRefusal(null)
      undoStack.current = [...undoStack.current.slice(-UNDO_DEPTH + 1), latest.current]
      schedule(result.board)
      return true
    },
    [schedule],
  )

  const undo = useCallback(() => {
    const previous = undoStack.current.pop()
    if (previous) schedule(previous)
    return previous !== undefined
  }, [schedule])

  // A pending save is sent right away when the screen goes, never dropped.
  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current)
        detach(api.call('workshops:saveBoard', { clientId, workshopId, board: latest.current }))
      }
    },
    [clientId, workshopId],
  )

  return { board, apply, undo, saveState, saveError, refusal, clearRefusal: () => setRefusal(null) }
}
