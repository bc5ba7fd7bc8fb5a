import { detach } from '../../lib/detach'
import { useEffect, useRef } from 'react'
import type { Channel, Input, Output } from '../../../shared/api/contract'
import type { DeviceStatus } from '../../../shared/participants/facilitator'
import type { BoardAction } from '../../../shared/workshop/board-actions'
import { useToast } from '../../components/Toasts'
import { api } from '../../lib/api'

/**
 * The console's side of team devices. What phones send reaches the board only through the
 * console's own board actions: the board keeps one writer, and its undo covers accepted items.
 */
export const useDeviceActions = (
  status: DeviceStatus | null,
  setStatus: (s: DeviceStatus | null) => void,
  /** Goal workshops put accepted items on their board; other sessions have nothing to apply. */
  apply: (action: BoardAction) => string | null = () => null,
) => {
  const toast = useToast()
  const call = async <K extends Channel>(name: K, input: Input<K>): Promise<Output<K> | null> => {
    const r = await api.call(name, input)
    if (!r.ok) toast({ message: r.error.message, tone: 'error' })
    return r.ok ? r.value : null
  }
  const withStatus = async <K extends Channel>(name: K, input: Input<K>) => {
    const value = await call(name, input)
    if (value && typeof value === 'object' && 'workshopId' in value)
      setStatus(value as DeviceStatus)
    return value
  }
  const accept = async (proposalId: string, text?: string) => {
    const r = await call('devices:settle', { outcome: 'accept', proposalId, text })
    if (r?.activity) apply({ type: 'activity/add', activity: r.activity })
  }
  const confirmCommitment = async (memberId: string, confirm: boolean) => {
    const r = await call('devices:commitment', { memberId, confirm })
    if (!r?.commitment) return
    apply({ type: 'commitment/set', memberId, value: { text: r.commitment.text, committed: true } })
    if (r.commitment.note)
      apply({ type: 'support/set', memberId, value: { supported: true, note: r.commitment.note } })
  }

  // Auto-accept: each waiting proposal is accepted once, as the facilitator would.
  const accepting = useRef(new Set<string>())
  useEffect(() => {
    if (!status?.autoAccept) return
    for (const q of status.queue) {
      if (accepting.current.has(q.id)) continue
      accepting.current.add(q.id)
      detach(accept(q.id))
    }
  })

  return { call, withStatus, accept, confirmCommitment, setStatus }
}

export type DeviceActions = ReturnType<typeof useDeviceActions>
