import { describe, expect, it } from 'vitest'
import { clockAnnouncement } from '../../../../shared/workshop/clock-announcement'
import type { PlannedPhase } from '../../../../shared/workshop/timer'
import {
  addMinute,
  createTimer,
  finish,
  next,
  pause,
  start,
} from '../../../../shared/workshop/timer'

const MINUTE = 60_000
const T0 = Date.UTC(2026, 10, 23, 9, 0, 0)
const PLAN: PlannedPhase[] = [
  { id: 'a', name: 'Purpose', prompt: '', plannedMs: 1 * MINUTE },
  { id: 'b', name: 'Activities', prompt: '', plannedMs: 5 * MINUTE },
]

/** Every distinct text a live region would speak while the clock runs from `from` to `to`. */
const spokenBetween = (timer: ReturnType<typeof start>, from: number, to: number) => {
  const spoken: string[] = []
  for (let t = from; t <= to; t += 250) {
    const text = clockAnnouncement(timer, t)
    if (text !== spoken.at(-1)) spoken.push(text)
  }
  return spoken
}

describe('clockAnnouncement', () => {
  it('changes once a minute while the clock runs, never every second', () => {
    const running = next(start(createTimer(PLAN), T0), T0)
    const spoken = spokenBetween(running, T0, T0 + 5 * MINUTE - 1)
    expect(spoken).toEqual([
      'Phase 2 of 2, Activities: 5 minutes left.',
      'Phase 2 of 2, Activities: 4 minutes left.',
      'Phase 2 of 2, Activities: 3 minutes left.',
      'Phase 2 of 2, Activities: 2 minutes left.',
      'Phase 2 of 2, Activities: 1 minute left.',
    ])
  })

  it('says when time is up, then how far over once a minute', () => {
    const running = start(createTimer(PLAN), T0)
    expect(spokenBetween(running, T0 + MINUTE, T0 + 3 * MINUTE)).toEqual([
      'Phase 1 of 2, Purpose: time is up.',
      'Phase 1 of 2, Purpose: over time by 1 minute.',
      'Phase 1 of 2, Purpose: over time by 2 minutes.',
    ])
  })

  it('speaks at once when the phase or the state changes, and when a minute is added', () => {
    const ready = createTimer(PLAN)
    expect(clockAnnouncement(ready, T0)).toBe(
      'Phase 1 of 2, Purpose: ready to start, 1 minute left.',
    )
    const running = start(ready, T0)
    const moved = next(running, T0 + 10_000)
    expect(clockAnnouncement(moved, T0 + 10_000)).toBe('Phase 2 of 2, Activities: 5 minutes left.')
    const paused = pause(moved, T0 + 70_000)
    expect(clockAnnouncement(paused, T0 + 70_000)).toBe(
      'Phase 2 of 2, Activities: paused, 4 minutes left.',
    )
    expect(clockAnnouncement(addMinute(paused, T0 + 70_000), T0 + 70_000)).toBe(
      'Phase 2 of 2, Activities: paused, 5 minutes left.',
    )
    expect(clockAnnouncement(finish(moved, T0 + 80_000), T0 + 80_000)).toBe(
      'The session is finished.',
    )
  })

  it('stays silent while paused, however long the pause', () => {
    const paused = pause(start(createTimer(PLAN), T0), T0 + 20_000)
    expect(spokenBetween(paused, T0 + 20_000, T0 + 10 * MINUTE)).toHaveLength(1)
  })
})
