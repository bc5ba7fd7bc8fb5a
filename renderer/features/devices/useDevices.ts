import { detach } from '../../lib/detach'
import { useEffect, useState } from 'react'
import type { DeviceStatus } from '../../../shared/participants/facilitator'
import { api } from '../../lib/api'

/** Team devices as the main process runs them: null while off; every window follows changes. */
export const useDevices = () => {
  const [status, setStatus] = useState<DeviceStatus | null>(null)
  useEffect(() => {
    let live = true
    const off = api.on('devices:changed', (s) => setStatus(s))
    detach(
      api.call('devices:status', {}).then((r) => {
        if (live && r.ok) setStatus(r.value)
      }),
    )
    return () => {
      live = false
      off()
    }
  }, [])
  return [status, setStatus] as const
}
