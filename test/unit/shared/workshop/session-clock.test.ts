import { describe, expect, it } from 'vitest'
import { createSessionClock } from '../../../../shared/workshop/session-clock'
import * as timer from '../../../../shared/workshop/timer'

const S = 1000
const MIN = 60 * S

/** A laptop whose calendar clock can be set, and whose monotonic clock stands still in sleep. */
const fakeLaptop = () => {
  let wall = Date.UTC(2026, 10, 20, 9, 0)
  let mono = 5_000
  return {
    sources: { wall: () => wall, monotonic: () => mono },
    pass: (ms: number) => void ((wall += ms), (mono += ms)),
    setWall: (by: number) => void (wall += by),
    sleep: (ms: number) => void (wall += ms),
  }
}

/** A five-minute phase started on the session clock, with 2:00 left when the fault happens. */
const twoMinutesLeft = () => {
  const laptop = fakeLaptop()
  const clock = createSessionClock(laptop.sources)
  const phase = { id: 'p', name: 'Activities', prompt: '', plannedMs: 5 * MIN }
  let t = timer.start(timer.createTimer([phase]), clock.now())
  laptop.pass(3 * MIN)
  expect(timer.phaseRemainingMs(t, clock.now())).toBe(2 * MIN)
  return {
    laptop,
    clock,
    get t() {
      return t
    },
    set t(v) {
      t = v
    },
  }
}

describe('the session clock against clock faults', () => {
  it('gives no time back when the wall clock jumps back 10 minutes mid-phase, and loses none', () => {
    const s = twoMinutesLeft()
    s.laptop.setWall(-10 * MIN)
    expect(timer.phaseRemainingMs(s.t, s.clock.now())).toBe(2 * MIN)
    s.laptop.pass(30 * S)
    expect(timer.phaseRemainingMs(s.t, s.clock.now())).toBe(90 * S)
    // A pause in that window records the time really spent, so nothing is lost for good.
    s.t = timer.pause(s.t, s.clock.now())
    expect(s.t.phases[0]!.spentMs).toBe(3 * MIN + 30 * S)
    s.laptop.pass(5 * MIN)
    s.t = timer.resume(s.t, s.clock.now())
    s.laptop.pass(10 * S)
    expect(timer.phaseRemainingMs(s.t, s.clock.now())).toBe(80 * S)
    expect(s.clock.jumps()).toEqual([expect.objectContaining({ kind: 'back', ms: 10 * MIN })])
  })

  it('counts a 1-hour sleep as time that passed, and says so', () => {
    const s = twoMinutesLeft()
    s.laptop.sleep(60 * MIN)
    expect(timer.phaseRemainingMs(s.t, s.clock.now())).toBe(2 * MIN - 60 * MIN)
    s.laptop.pass(10 * S)
    expect(timer.phaseElapsedMs(s.t, s.clock.now())).toBe(63 * MIN + 10 * S)
    expect(s.clock.jumps()).toEqual([expect.objectContaining({ kind: 'forward', ms: 60 * MIN })])
  })

  it('counts the wall clock set an hour ahead while running the same way, with nothing lost', () => {
    const s = twoMinutesLeft()
    s.laptop.pass(20 * S)
    s.laptop.setWall(60 * MIN)
    expect(timer.phaseElapsedMs(s.t, s.clock.now())).toBe(3 * MIN + 20 * S + 60 * MIN)
    expect(s.clock.jumps().map((j) => j.kind)).toEqual(['forward'])
  })

  it('takes back 10 minutes and then forward an hour in one phase with nothing given back or lost', () => {
    const s = twoMinutesLeft()
    s.laptop.setWall(-10 * MIN)
    s.laptop.pass(20 * S)
    s.t = timer.pause(s.t, s.clock.now())
    expect(s.t.phases[0]!.spentMs).toBe(3 * MIN + 20 * S)
    s.t = timer.resume(s.t, s.clock.now())
    s.laptop.pass(10 * S)
    s.laptop.setWall(60 * MIN)
    s.laptop.pass(10 * S)
    // Every real second counted once, the hour ahead counted as passed, the ten minutes ignored.
    expect(timer.phaseElapsedMs(s.t, s.clock.now())).toBe(3 * MIN + 40 * S + 60 * MIN)
    expect(s.clock.jumps().map((j) => [j.kind, j.ms])).toEqual([
      ['back', 10 * MIN],
      ['forward', 60 * MIN],
    ])
  })

  it('lets ordinary drift pass without calling it a jump', () => {
    const laptop = fakeLaptop()
    const clock = createSessionClock(laptop.sources)
    const start = clock.now()
    for (let i = 0; i < 100; i++) {
      laptop.pass(9 * S)
      laptop.setWall(15)
      clock.now()
    }
    expect(clock.jumps()).toEqual([])
    expect(clock.now() - start).toBe(900 * S)
  })

  it('never runs behind a moment already recorded, as after a restart with the clock set back', () => {
    const laptop = fakeLaptop()
    const clock = createSessionClock(laptop.sources)
    const recorded = clock.now() + 10 * MIN
    clock.notBefore(recorded)
    expect(clock.now()).toBe(recorded)
    laptop.pass(S)
    expect(clock.now()).toBe(recorded + S)
  })
})
