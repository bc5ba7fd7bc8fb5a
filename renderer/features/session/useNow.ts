import { useEffect, useRef, useState } from 'react'
import { onClockJumps, sessionNow, watchWallClock } from './session-clock'

/**
 * Session time while `active`: on a steady beat of `intervalMs`, or, given `untilChange`, at the
 * moment what is shown next changes (never later than the beat), so a clock turns each second
 * on the second and sleeps in between. The time shown is always computed from the stored moments
 * and this "now", so a late wake-up never makes a clock drift. Only the component that calls this
 * re-renders: the clock, never the board beside it. A new `untilChange` (the timer changed)
 * starts the wait afresh.
 */
export const useNow = (
  active: boolean,
  intervalMs = 200,
  untilChange?: (now: number) => number,
) => {
  const [now, setNow] = useState(sessionNow)
  const latest = useRef(untilChange)
  useEffect(() => {
    latest.current = untilChange
  })
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const tick = () => {
      watchWallClock()
      const at = sessionNow()
      setNow(at)
      if (!active) return
      // One millisecond past the change, so the clock reads the new second, not the last.
      const wait = latest.current ? Math.max(1, latest.current(at) + 1) : intervalMs
      timer = setTimeout(tick, Math.min(intervalMs, wait))
    }
    timer = setTimeout(tick, 0)
    // A jump of the wall clock re-anchors session time: shown at once, and the wait taken afresh.
    const off = onClockJumps(() => {
      clearTimeout(timer)
      tick()
    })
    return () => {
      off()
      clearTimeout(timer)
    }
  }, [active, intervalMs, untilChange])
  return now
}
