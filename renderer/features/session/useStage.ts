import { useCallback, useEffect, useState } from 'react'
import type { Cue, OnAir, Stage } from '../../../shared/workshop/stage'
import { applyCue, emptyStage } from '../../../shared/workshop/stage'
import { api } from '../../lib/api'
import { detach } from '../../lib/detach'

/**
 * The console tells the projector which session it has open, and keeps the projector's cues for
 * that session (page, spotlight, wrap-up message) in view. A cue shows on the console at once
 * (`foresee`); the main process's answer, which every window hears, then confirms it.
 */
export const useStage = (clientId: string, workshopId: string) => {
  const [stage, setStage] = useState<Stage>(emptyStage)
  useEffect(() => {
    let live = true
    const off = api.on('session:stage', (e) => {
      if (e.workshopId === workshopId) setStage(e.stage)
    })
    detach(
      api.call('session:follow', { clientId, workshopId }).then((r) => {
        const onAir: OnAir | null = r.ok ? r.value : null
        if (live && onAir?.workshopId === workshopId) setStage(onAir.stage)
      }),
    )
    return () => {
      live = false
      off()
    }
  }, [clientId, workshopId])
  const foresee = useCallback((cue: Cue) => setStage((s) => applyCue(s, cue)), [])
  return { stage, foresee }
}
