import { detach } from '../../lib/detach'
import { useCallback, useEffect, useMemo, useRef } from 'react'
import type { Channel, Input, Output } from '../../../shared/api/contract'
import type { DeviceStatus } from '../../../shared/participants/facilitator'
import type { BoardAction } from '../../../shared/workshop/board-actions'
import { useToast } from '../../components/Toasts'
import { api } from '../../lib/api'

const NOTHING_TO_APPLY = () => null

/**
 * The console's side of team devices. What phones send reaches the board only through the
 * console's own board actions: the board keeps one writer, and its undo covers accepted items.
 * The actions are one object for the panel's whole life, so the rows that use them (a name to
 * release, a commitment to confirm) are drawn again only when their own data changes.
 */
export const useDeviceActions = (
  /** The session this console runs: only its own room's proposals go on its board. */
  workshopId: string,
  status: DeviceStatus | null,
  setStatus: (s: DeviceStatus | null) => void,
  /** Goal workshops put accepted items on their board; other sessions have nothing to apply. */
  apply: (action: BoardAction) => string | null = NOTHING_TO_APPLY,
) => {
  const toast = useToast()
  // The latest of what the actions use; read when an action runs, not when it was made.
  const latest = useRef({ toast, setStatus, apply })
  useEffect(() => {
    latest.current = { toast, setStatus, apply }
  })
  const actions = useMemo(() => {
    const call = async <K extends Channel>(name: K, input: Input<K>): Promise<Output<K> | null> => {
      const r = await api.call(name, input)
      if (!r.ok) latest.current.toast({ message: r.error.message, tone: 'error' })
      return r.ok ? r.value : null
    }
    const withStatus = async <K extends Channel>(name: K, input: Input<K>) => {
      const value = await call(name, input)
      if (value && typeof value === 'object' && 'workshopId' in value)
        latest.current.setStatus(value as DeviceStatus)
      return value
    }
    const accept = async (proposalId: string, text?: string) => {
      const r = await call('devices:settle', { outcome: 'accept', proposalId, text })
      if (r?.activity) latest.current.apply({ type: 'activity/add', activity: r.activity })
    }
    const confirmCommitment = async (memberId: string, confirm: boolean) => {
      const r = await call('devices:commitment', { memberId, confirm })
      if (!r?.commitment) return
      const { apply: put } = latest.current
      put({ type: 'commitment/set', memberId, value: { text: r.commitment.text, committed: true } })
      if (r.commitment.note)
        put({ type: 'support/set', memberId, value: { supported: true, note: r.commitment.note } })
    }
    const setStatusNow = (s: DeviceStatus | null) => latest.current.setStatus(s)
    return { call, withStatus, accept, confirmCommitment, setStatus: setStatusNow }
  }, [])

  // Auto-accept: each waiting proposal is accepted once, as the facilitator would, as soon as the
  // room says it arrived: not a frame and a render later, which the projector would wait for.
  const accepting = useRef(new Set<string>())
  const acceptWaiting = useCallback(
    (s: DeviceStatus | null) => {
      if (!s?.autoAccept || s.workshopId !== workshopId) return
      for (const q of s.queue) {
        if (accepting.current.has(q.id)) continue
        accepting.current.add(q.id)
        detach(actions.accept(q.id))
      }
    },
    [workshopId, actions],
  )
  useEffect(() => api.on('devices:changed', acceptWaiting), [acceptWaiting])
  // The status read at first, or answered by a call, can hold proposals no event announced.
  useEffect(() => acceptWaiting(status), [acceptWaiting, status])

  return actions
}

export type DeviceActions = ReturnType<typeof useDeviceActions>
