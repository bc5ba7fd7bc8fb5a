import { useCallback, useEffect, useState } from 'react'
import type { WorkshopView } from '../../../shared/api/contract'
import type { AppError } from '../../../shared/api/result'
import { api } from '../../lib/api'
import { detach } from '../../lib/detach'

export type WorkshopState =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | { status: 'ready'; view: WorkshopView }

/** A workshop as stored, reloaded whenever the main side reports a change to it. */
export const useWorkshop = (clientId: string, workshopId: string) => {
  const [state, setState] = useState<WorkshopState>({ status: 'loading' })

  useEffect(() => {
    let live = true
    const load = () =>
      detach(
        api.call('workshops:get', { clientId, workshopId }).then((r) => {
          if (live)
            setState(
              r.ok ? { status: 'ready', view: r.value } : { status: 'error', error: r.error },
            )
        }),
      )
    // Listen first, then load: a change saved in between is then never missed.
    const off = api.on('session:changed', (e) => {
      if (e.workshopId === workshopId) load()
    })
    load()
    return () => {
      live = false
      off()
    }
  }, [clientId, workshopId])

  const setView = useCallback((view: WorkshopView) => setState({ status: 'ready', view }), [])
  return { state, setView }
}

/**
 * The current time, on a steady beat while the clock runs. The time shown is always computed from
 * the stored timestamps and this "now", so a skipped beat never makes the clock drift.
 */
export const useNow = (active: boolean, intervalMs = 200) => {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const tick = () => setNow(Date.now())
    const first = setTimeout(tick, 0)
    const timer = active ? setInterval(tick, intervalMs) : undefined
    return () => {
      clearTimeout(first)
      clearInterval(timer)
    }
  }, [active, intervalMs])
  return now
}
