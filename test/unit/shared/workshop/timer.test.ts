import { describe, expect, it } from 'vitest'
import * as timer from '../../../../shared/workshop/timer'

const plan = [
  { id: 'a', name: 'A', prompt: '', plannedMs: 100_000 },
  { id: 'b', name: 'B', prompt: '', plannedMs: 60_000 },
]
const fresh = () => timer.createTimer(plan)

describe('timer transitions', () => {
  it('counts down only while running', () => {
    let t = timer.start(fresh(), 1_000)
    expect(timer.phaseRemainingMs(t, 31_000)).toBe(70_000)
    t = timer.pause(t, 31_000)
    expect(timer.phaseRemainingMs(t, 999_999)).toBe(70_000)
    t = timer.resume(t, 50_000)
    expect(timer.phaseRemainingMs(t, 60_000)).toBe(60_000)
  })

  it('counts up past zero as overrun', () => {
    const t = timer.start(fresh(), 0)
    expect(timer.phaseRemainingMs(t, 130_000)).toBe(-30_000)
    expect(timer.isOverrun(t, 130_000)).toBe(true)
    expect(timer.formatClock(-30_000)).toBe('+00:30')
  })

  it('goes back to the previous phase with the time it had already used', () => {
    let t = timer.start(fresh(), 0)
    t = timer.next(t, 40_000)
    expect(t.index).toBe(1)
    t = timer.previous(t, 45_000)
    expect(t.index).toBe(0)
    expect(timer.phaseRemainingMs(t, 45_000)).toBe(60_000)
    expect(t.phases[1]!.spentMs).toBe(5_000)
  })

  it('finishes on next from the last phase, and early on finish', () => {
    let t = timer.next(timer.next(timer.start(fresh(), 0), 10), 20)
    expect(t.status).toBe('finished')
    t = timer.finish(timer.start(fresh(), 0), 5_000)
    expect(t).toMatchObject({ status: 'finished', finishedAt: 5_000, runningSince: null })
  })

  it('adds and removes minutes but never takes back time already used', () => {
    let t = timer.start(fresh(), 0)
    t = timer.addMinute(t, 10_000)
    expect(timer.phaseRemainingMs(t, 10_000)).toBe(150_000)
    t = timer.adjustCurrent(t, -10 * 60_000, 80_000)
    expect(timer.phaseRemainingMs(t, 80_000)).toBe(0)
  })

  it('ignores transitions that do not apply', () => {
    const ready = fresh()
    expect(timer.pause(ready, 5)).toBe(ready)
    expect(timer.resume(ready, 5)).toBe(ready)
    expect(timer.previous(ready, 5)).toBe(ready)
    const done = timer.finish(timer.start(ready, 0), 1)
    expect(timer.next(done, 2)).toBe(done)
    expect(timer.adjustCurrent(done, 60_000, 2)).toBe(done)
  })

  it('toggles like the space bar: start, pause, resume', () => {
    let t = timer.toggle(fresh(), 0)
    expect(t.status).toBe('running')
    t = timer.toggle(t, 1)
    expect(t.status).toBe('paused')
    expect(timer.toggle(t, 2).status).toBe('running')
  })
})

describe('clock colour and display', () => {
  const at = (remaining: number) => timer.clockTone(timer.start(fresh(), 0), 100_000 - remaining)
  it('turns warning at 20 % left and critical at 5 % left', () => {
    expect(at(20_001)).toBe('normal')
    expect(at(20_000)).toBe('warning')
    expect(at(5_001)).toBe('warning')
    expect(at(5_000)).toBe('critical')
    expect(at(0)).toBe('critical')
    expect(at(-1)).toBe('overrun')
  })

  it('shows mm:ss, rounding remaining time up so 00:00 means zero', () => {
    expect(timer.formatClock(60_000)).toBe('01:00')
    expect(timer.formatClock(59_001)).toBe('01:00')
    expect(timer.formatClock(59_000)).toBe('00:59')
    expect(timer.formatClock(1)).toBe('00:01')
    expect(timer.formatClock(0)).toBe('00:00')
    expect(timer.formatClock(-999)).toBe('00:00'.replace(/^/, '+'))
    expect(timer.formatClock(-61_000)).toBe('+01:01')
  })

  it('knows when a phase just ended, to chime once', () => {
    const t = timer.start(fresh(), 0)
    expect(timer.phaseJustEnded(t, 99_000, 100_500)).toBe(true)
    expect(timer.phaseJustEnded(t, 100_500, 101_000)).toBe(false)
  })

  it('keeps a "no later than" time, and changes nothing when it is set again', () => {
    const t = timer.setNoLaterThan(timer.start(fresh(), 0), 500_000)
    expect(t.noLaterThan).toBe(500_000)
    expect(timer.setNoLaterThan(t, 500_000)).toBe(t)
  })
})
