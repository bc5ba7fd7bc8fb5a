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

const read = async (ids?: { clientId: string; workshopId: string }) => {
  const sent = performance.now()
  const r = await api.call('session:clock', ids ?? {})
  if (!r.ok) return
  const received = performance.now()
  // Half the round trip: the answer was read in the middle of it.
  offset = r.value.now + (received - sent) / 2 - received
  wallSkew = Date.now() - performance.now()
  for (const listener of listeners) listener(r.value.jumps)
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
