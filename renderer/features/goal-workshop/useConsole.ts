import { useEffect, useMemo, useRef, useState } from 'react'
import type { SessionAction, WorkshopView } from '../../../shared/api/contract'
import { phaseRemainingMs } from '../../../shared/workshop/timer'
import { useToast } from '../../components/Toasts'
import { api } from '../../lib/api'
import { hrefFor } from '../../lib/router'
import { useApiData } from '../../lib/useApiData'
import { playChime } from './chime'
import { useSessionKeys } from './useSessionKeys'
import { useNow } from './useWorkshop'
import { detach } from '../../lib/detach'

/**
 * What every session console shares, whatever is on the board: the clock's beat, the controls,
 * the keys, the chime and the audience window.
 */
export const useConsole = (
  view: WorkshopView,
  setView: (v: WorkshopView) => void,
  undo: () => void,
) => {
  const { workshop } = view
  const { clientId, id: workshopId, timer } = workshop
  const settings = useApiData(() => api.call('settings:get', {}), '')
  const soundOn = settings.status === 'ready' && settings.value.soundOn
  const [help, setHelp] = useState(false)
  const toast = useToast()
  const now = useNow(timer.status === 'running')

  const control = async (action: SessionAction, noLaterThan?: number | null) => {
    const r = await api.call('session:control', { clientId, workshopId, action, noLaterThan })
    // The board is saved on its own schedule; the timer's answer must not roll it back.
    if (r.ok) setView({ ...view, workshop: { ...r.value, board: workshop.board } })
    else toast({ message: r.error.message, tone: 'error' })
  }
  const openAudience = async () => {
    const r = await api.call('session:openAudience', { clientId, workshopId })
    if (r.ok && !r.value.opened)
      window.open(hrefFor({ screen: 'audience', clientId, workshopId }), 'smartketing-audience')
  }
  const handlers = useMemo(
    () => ({
      control: (a: SessionAction) => detach(control(a)),
      toggleFullScreen: () =>
        detach(
          document.fullscreenElement
            ? document.exitFullscreen()
            : document.documentElement.requestFullscreen(),
        ),
      toggleHelp: () => setHelp((h) => !h),
      undo,
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [view, undo],
  )
  useSessionKeys(handlers, true)
  usePhaseEndChime(timer, now, soundOn)
  return { now, control, openAudience, help, setHelp }
}

export type ConsoleState = ReturnType<typeof useConsole>

/** Chimes once when the running phase crosses zero; never on reload of an already overrun phase. */
const usePhaseEndChime = (
  timer: WorkshopView['workshop']['timer'],
  now: number,
  soundOn: boolean,
) => {
  const previous = useRef<{ index: number; remaining: number } | null>(null)
  const remaining = phaseRemainingMs(timer, now)
  useEffect(() => {
    const before = previous.current
    previous.current = { index: timer.index, remaining }
    if (
      soundOn &&
      timer.status === 'running' &&
      before &&
      before.index === timer.index &&
      before.remaining > 0 &&
      remaining <= 0
    )
      playChime()
  }, [remaining, timer.index, timer.status, soundOn])
}
