import type { ClockJump } from '../../../shared/workshop/session-clock'
import { JUMP_TOLERANCE_MS } from '../../../shared/workshop/session-clock'
import { api } from '../../lib/api'
import { detach } from '../../lib/detach'

/**
 * This window's view of session time. It runs on performance.now(), which never jumps, anchored
 * to the main process's session clock (the one the timer's stored moments come from). The page's
 * own wall clock is only watched: when it stops agreeing with the monotonic clock (the laptop
 * slept, or its clock was changed), the anchor is taken again from the main process.
 */
let offset = Date.now() - performance.now()
let wallSkew = 0
const listeners = new Set<(jumps: readonly ClockJump[]) => void>()
let syncing: Promise<void> | null = null

/** Whole milliseconds, as stored moments are. */
export const sessionNow = () => Math.round(performance.now() + offset)

/** Session time shown as a time of day: what the wall clock says now, not what it said before. */
export const toWallTime = (sessionMs: number) => sessionMs + (Date.now() - sessionNow())
export const fromWallTime = (wallMs: number) => wallMs - (Date.now() - sessionNow())

/** Below this round trip an answer is as good as it gets; no need to ask again. */
const QUICK_ENOUGH_MS = 20

/**
 * Asks the main process up to three times and keeps the quickest answer: the answer is taken to
 * have been read halfway through its round trip, so on a busy laptop a slow one would put up to
 * half its delay into every second the clock shows.
 */
const read = async (ids?: { clientId: string; workshopId: string }) => {
  let best: { trip: number; offset: number; jumps: readonly ClockJump[] } | null = null
  for (let ask = 0; ask < 3 && !(best && best.trip < QUICK_ENOUGH_MS); ask++) {
    const sent = performance.now()
    const r = await api.call('session:clock', ids ?? {})
    if (!r.ok) break
    const received = performance.now()
    const trip = received - sent
    if (!best || trip < best.trip)
      best = { trip, offset: r.value.now + trip / 2 - received, jumps: r.value.jumps }
  }
  if (!best) return
  offset = best.offset
  wallSkew = Date.now() - performance.now()
  for (const listener of listeners) listener(best.jumps)
}

/** Takes the anchor from the main process; concurrent callers share one request. */
export const syncSessionClock = (ids?: { clientId: string; workshopId: string }) => {
  syncing ??= read(ids).finally(() => (syncing = null))
  return syncing
}

/** Called on every tick: a wall clock that moved against the monotonic one means a jump. */
export const watchWallClock = () => {
  const skew = Date.now() - performance.now()
  if (Math.abs(skew - wallSkew) > JUMP_TOLERANCE_MS) {
    wallSkew = skew
    detach(syncSessionClock())
  }
}

export const onClockJumps = (listener: (jumps: readonly ClockJump[]) => void) => {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}
