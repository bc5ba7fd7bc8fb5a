import { useEffect, useState } from 'react'
import { sessionNow, watchWallClock } from './session-clock'

/**
 * Session time on a steady beat while `active`. The time shown is always computed from the stored
 * moments and this "now", so a skipped beat never makes a clock drift. Only the component that
 * calls this re-renders on the beat: the clock, never the board beside it.
 */
export const useNow = (active: boolean, intervalMs = 200) => {
  const [now, setNow] = useState(sessionNow)
  useEffect(() => {
    const tick = () => {
      watchWallClock()
      setNow(sessionNow())
    }
    const first = setTimeout(tick, 0)
    const timer = active ? setInterval(tick, intervalMs) : undefined
    return () => {
      clearTimeout(first)
      clearInterval(timer)
    }
  }, [active, intervalMs])
  return now
}
