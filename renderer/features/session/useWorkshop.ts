import { useCallback, useEffect, useState } from 'react'
import type { WorkshopView } from '../../../shared/api/contract'
import type { AppError } from '../../../shared/api/result'
import type { LiveStamp } from '../../../shared/workshop/stage'
import { api } from '../../lib/api'
import { syncSessionClock } from './session-clock'
import { detach } from '../../lib/detach'

export type WorkshopState =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | { status: 'ready'; view: WorkshopView; stamp: LiveStamp | null }

const newer = (s: WorkshopState, revision: number) =>
  s.status === 'ready' && s.view.workshop.revision > revision

/**
 * A session as stored, kept current by the main side's events. A saved workshop comes with its
 * event, so the projector shows it without asking again; `stamp` names the console edit it holds.
 */
export const useWorkshop = (clientId: string, workshopId: string) => {
  const [state, setState] = useState<WorkshopState>({ status: 'loading' })

  useEffect(() => {
    let live = true
    const load = () =>
      detach(
        api.call('workshops:get', { clientId, workshopId }).then((r) => {
          if (!live) return
          if (!r.ok) return setState({ status: 'error', error: r.error })
          // An event may have brought a newer save while this answer was on its way.
          setState((s) =>
            newer(s, r.value.workshop.revision)
              ? s
              : { status: 'ready', view: r.value, stamp: null },
          )
        }),
      )
    // Listen first, then load: a change saved in between is then never missed.
    const off = api.on('session:changed', (e) => {
      if (e.workshopId !== workshopId) return
      if (!e.workshop) return load()
      const workshop = e.workshop
      setState((s) =>
        newer(s, workshop.revision)
          ? s
          : { status: 'ready', view: { workshop, readOnly: false }, stamp: e.stamp ?? null },
      )
    })
    load()
    detach(syncSessionClock({ clientId, workshopId }))
    return () => {
      live = false
      off()
    }
  }, [clientId, workshopId])

  // An answer can arrive after the event of a later save (a pause answered after the board's save
  // landed): it must not put the older board back, or the console would adopt it and lose an edit.
  const setView = useCallback(
    (view: WorkshopView) =>
      setState((s) =>
        newer(s, view.workshop.revision) ? s : { status: 'ready', view, stamp: null },
      ),
    [],
  )
  return { state, setView }
}
