/**
 * Session time that a laptop's clock cannot bend. Running time is measured with a monotonic clock
 * (it never jumps); the wall clock only gives the starting point, so a session carried across a
 * restart resumes where the calendar says. When the two disagree by more than a few seconds:
 * - the wall clock went back (NTP, a time-zone or manual change): ignored, no time is given back;
 * - the wall clock went forward (the laptop slept, during which a monotonic clock stands still, or
 *   the clock was set ahead): counted as time that passed, and recorded so the console can say so.
 */
export interface ClockSources {
  /** Milliseconds since the epoch, as the computer's calendar says. */
  wall: () => number
  /** A clock that only ever moves forward, at the rate of real time (performance.now()). */
  monotonic: () => number
}

export interface ClockJump {
  kind: 'back' | 'forward'
  /** Size of the disagreement between the two clocks. */
  ms: number
  /** Session time at which it was noticed. */
  at: number
}

/** Disagreements below this are the clocks' ordinary drift and rounding. */
export const JUMP_TOLERANCE_MS = 3_000
const KEEP_JUMPS = 20

export interface SessionClock {
  now(): number
  /** Session time never runs behind a moment already recorded (e.g. a file from before a restart). */
  notBefore(ms: number): void
  jumps(): readonly ClockJump[]
}

export const createSessionClock = (
  sources: ClockSources,
  toleranceMs = JUMP_TOLERANCE_MS,
): SessionClock => {
  let lastWall = sources.wall()
  let lastMono = sources.monotonic()
  let session = lastWall
  const jumps: ClockJump[] = []
  const note = (jump: ClockJump) => {
    jumps.push(jump)
    if (jumps.length > KEEP_JUMPS) jumps.shift()
  }

  const now = () => {
    const wall = sources.wall()
    const mono = sources.monotonic()
    const byMono = Math.max(0, mono - lastMono)
    const byWall = wall - lastWall
    let step = byMono
    if (byWall - byMono > toleranceMs) {
      step = byWall
      note({ kind: 'forward', ms: Math.round(byWall - byMono), at: Math.round(session + step) })
    } else if (byMono - byWall > toleranceMs) {
      note({ kind: 'back', ms: Math.round(byMono - byWall), at: Math.round(session + step) })
    }
    session += step
    lastWall = wall
    lastMono = mono
    // Stored moments are whole milliseconds.
    return Math.round(session)
  }

  return {
    now,
    notBefore: (ms) => {
      if (now() < ms) session = ms
    },
    jumps: () => [...jumps],
  }
}
