import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppError } from '../../../shared/api/result'
import type { MeetingBoard } from '../../../shared/meeting/meeting'
import { api } from '../../lib/api'
import type { SaveState } from '../goal-workshop/useBoardEditor'
import { detach } from '../../lib/detach'

const SAVE_DELAY_MS = 400

/**
 * The meeting board as the facilitator edits it: shown at once, saved within half a second, and a
 * pending save is sent when the screen goes. Changes from another window are taken over when
 * nothing typed here is still on its way.
 */
export const useMeetingEditor = (clientId: string, workshopId: string, stored: MeetingBoard) => {
  const [meeting, setMeeting] = useState(stored)
  const [saveState, setSaveState] = useState<SaveState>('saved')
  const [saveError, setSaveError] = useState<AppError | null>(null)
  const latest = useRef(meeting)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  const save = useCallback(async () => {
    timer.current = null
    setSaveState('saving')
    const r = await api.call('workshops:saveMeeting', {
      clientId,
      workshopId,
      meeting: latest.current,
    })
    setSaveState(r.ok ? (timer.current ? 'pending' : 'saved') : 'error')
    setSaveError(r.ok ? null : r.error)
  }, [clientId, workshopId])

  const update = useCallback(
    (change: (m: MeetingBoard) => MeetingBoard) => {
      latest.current = change(latest.current)
      setMeeting(latest.current)
      setSaveState('pending')
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(() => detach(save()), SAVE_DELAY_MS)
    },
    [save],
  )

  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current)
        detach(api.call('workshops:saveMeeting', { clientId, workshopId, meeting: latest.current }))
      }
    },
    [clientId, workshopId],
  )

  return { meeting, update, saveState, saveError }
}

export type MeetingEditor = ReturnType<typeof useMeetingEditor>
