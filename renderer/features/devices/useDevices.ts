import { detach } from '../../lib/detach'
import { useEffect, useState } from 'react'
import type { DeviceStatus } from '../../../shared/participants/facilitator'
import { api } from '../../lib/api'

/** The consoles' spacing of room redraws: four a second at most. */
export const CONSOLE_ROOM_GAP_MS = 250

/**
 * Team devices as the main process runs them: null while off; every window follows changes.
 * `minGapMs` spaces the window's redraws: the console's panel (who joined, the queue, who voted)
 * is read at a glance, and forty phones change the room several times a second — each redraw was a
 * frame of the console's main thread. A change after a quiet moment still shows in the next frame.
 * The projector passes nothing: its overlay shows the votes the moment they count.
 */
export const useDevices = (minGapMs = 0) => {
  const [status, setStatus] = useState<DeviceStatus | null>(null)
  useEffect(() => {
    let live = true
    // Forty phones can change the room many times a frame: the window draws the latest once. A
    // hidden window draws no frames, and its console still accepts proposals: it takes each one.
    let latest: DeviceStatus | null = null
    let frame = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    let drawnAt = -Infinity
    const draw = () => {
      frame = 0
      drawnAt = performance.now()
      setStatus(latest)
    }
    const off = api.on('devices:changed', (s) => {
      latest = s
      if (document.hidden) return setStatus(s)
      if (frame || timer) return
      const wait = drawnAt + minGapMs - performance.now()
      if (wait <= 0) return void (frame = requestAnimationFrame(draw))
      timer = setTimeout(() => {
        timer = undefined
        frame = requestAnimationFrame(draw)
      }, wait)
    })
    detach(
      api.call('devices:status', {}).then((r) => {
        if (live && r.ok) setStatus(r.value)
      }),
    )
    return () => {
      live = false
      cancelAnimationFrame(frame)
      clearTimeout(timer)
      off()
    }
  }, [minGapMs])
  return [status, setStatus] as const
}
