import { detach } from '../../lib/detach'
import { useEffect, useState } from 'react'
import type { DeviceStatus } from '../../../shared/participants/facilitator'
import { api } from '../../lib/api'

/** Team devices as the main process runs them: null while off; every window follows changes. */
export const useDevices = () => {
  const [status, setStatus] = useState<DeviceStatus | null>(null)
  useEffect(() => {
    let live = true
    // Forty phones can change the room many times a frame: the window draws the latest once. A
    // hidden window draws no frames, and its console still accepts proposals: it takes each one.
    let latest: DeviceStatus | null = null
    let frame = 0
    const off = api.on('devices:changed', (s) => {
      latest = s
      if (document.hidden) return setStatus(s)
      frame ||= requestAnimationFrame(() => {
        frame = 0
        setStatus(latest)
      })
    })
    detach(
      api.call('devices:status', {}).then((r) => {
        if (live && r.ok) setStatus(r.value)
      }),
    )
    return () => {
      live = false
      cancelAnimationFrame(frame)
      off()
    }
  }, [])
  return [status, setStatus] as const
}
