import { useMemo } from 'react'
import type { FollowUpView } from '../../../shared/api/contract'
import { trackedItems } from '../../../shared/followup/items'
import type { ItemState } from '../../../shared/followup/rollup'
import { itemStates } from '../../../shared/followup/rollup'
import { api } from '../../lib/api'
import type { Loadable } from '../../lib/useApiData'
import { useApiData } from '../../lib/useApiData'
import { todayIso } from '../../lib/formats'

export interface FollowUp extends FollowUpView {
  /** Every commitment and goal activity with its latest status. */
  states: ItemState[]
}

/** The client's follow-up as stored, reloaded whenever anything of the client changes. */
export const useFollowUp = (clientId: string): Loadable<FollowUp> => {
  const view = useApiData(() => api.call('followup:get', { clientId }), clientId, { clientId })
  return useMemo(() => {
    if (view.status !== 'ready') return view
    const { tracker, sessions } = view.value
    const states = itemStates(trackedItems(sessions, tracker.adjustments), tracker.updates)
    return { status: 'ready', value: { ...view.value, states } }
  }, [view])
}

/** Today as the computer's calendar shows it: due dates and review dates are local dates. */
export const localToday = () => todayIso()
