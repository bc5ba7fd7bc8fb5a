import { describe, expect, it } from 'vitest'
import { msUntilClockChanges } from '../../../../shared/workshop/clock-changes'
import * as timer from '../../../../shared/workshop/timer'

const S = 1000
// Two phases of 10 s, started at 0: every wake-up must land on a change of what the clock shows.
const running = () =>
  timer.start(
    timer.createTimer([
      { id: 'one', name: 'One', prompt: '', plannedMs: 10 * S },
      { id: 'two', name: 'Two', prompt: '', plannedMs: 10 * S },
    ]),
    0,
  )

/** What the console's clock shows at `now`: the phase's digits, its colour and the session's. */
const shown = (t: timer.TimerState, now: number) =>
  [
    timer.formatClock(timer.phaseRemainingMs(t, now)),
    timer.clockTone(t, now),
    timer.formatClock(timer.totalPlannedMs(t) - timer.totalElapsedMs(t, now)),
  ].join(' ')

describe('when the clock next changes', () => {
  it('wakes exactly when the digits or the colour change, never later, from any moment', () => {
    const t = running()
    for (let now = 0; now < 13 * S; now += 137) {
      const wait = msUntilClockChanges(t, now)
      expect(wait).toBeGreaterThan(0)
      expect(shown(t, now + wait - 1)).toBe(shown(t, now))
      expect(shown(t, now + wait + 1)).not.toBe(shown(t, now))
    }
  })

  it('turns the seconds on the second: 9.5 s left waits 0.5 s, the colour at 2 s left', () => {
    const t = running()
    expect(msUntilClockChanges(t, 500)).toBe(500)
    expect(msUntilClockChanges(t, 7_700)).toBe(300)
    expect(msUntilClockChanges(t, 10_000)).toBe(1)
  })
})
