import { describe, expect, it } from 'vitest'
import type { TimerState } from '../../../../shared/workshop/timer'
import * as timer from '../../../../shared/workshop/timer'
import { sessionTotals } from '../../../../shared/workshop/session-totals'
import { prng } from '../../../support/prng'

const plan = [60_000, 300_000, 240_000, 180_000, 120_000].map((plannedMs, i) => ({
  id: `p${i}`,
  name: `Phase ${i}`,
  prompt: '',
  plannedMs,
}))

/**
 * A reference model kept apart from the engine: it only adds up running intervals per phase and
 * the minutes added or removed, the way a person with a stopwatch would.
 */
class Stopwatch {
  running: number[] = plan.map(() => 0)
  adjust: number[] = plan.map(() => 0)
  index = 0
  since: number | null = null
  status: TimerState['status'] = 'ready'

  settle(now: number) {
    if (this.since !== null) this.running[this.index]! += now - this.since
    this.since = this.status === 'running' ? now : null
  }
  run(now: number) {
    this.status = 'running'
    this.since = now
  }
  halt(now: number, status: 'paused' | 'finished') {
    this.settle(now)
    this.status = status
    this.since = null
  }
  allowed(i: number) {
    return Math.max(0, plan[i]!.plannedMs + this.adjust[i]!)
  }
  remaining(now: number) {
    const live = this.since !== null ? now - this.since : 0
    return this.allowed(this.index) - (this.running[this.index]! + live)
  }
}

type Step =
  'start' | 'pause' | 'resume' | 'toggle' | 'next' | 'previous' | 'finish' | 'plus' | 'minus'
const STEPS: Step[] = [
  'start',
  'pause',
  'resume',
  'toggle',
  'next',
  'previous',
  'finish',
  'plus',
  'minus',
  'toggle',
  'next',
]

const applyBoth = (t: TimerState, m: Stopwatch, step: Step, now: number): TimerState => {
  switch (step) {
    case 'start':
      if (m.status === 'ready') m.run(now)
      return timer.start(t, now)
    case 'pause':
      if (m.status === 'running') m.halt(now, 'paused')
      return timer.pause(t, now)
    case 'resume':
      if (m.status === 'paused') m.run(now)
      return timer.resume(t, now)
    case 'toggle':
      return applyBoth(
        t,
        m,
        m.status === 'ready' ? 'start' : m.status === 'running' ? 'pause' : 'resume',
        now,
      )
    case 'next':
      if (m.status === 'finished') return timer.next(t, now)
      if (m.index === plan.length - 1) return applyBoth(t, m, 'finish', now)
      if (m.status === 'ready') m.run(now)
      m.settle(now)
      m.index++
      return timer.next(t, now)
    case 'previous':
      if (m.index === 0 || m.status === 'ready') return timer.previous(t, now)
      if (m.status === 'finished') {
        m.status = 'paused'
      } else {
        m.settle(now)
        m.index--
      }
      return timer.previous(t, now)
    case 'finish':
      if (m.status !== 'finished') m.halt(now, 'finished')
      return timer.finish(t, now)
    case 'plus':
    case 'minus': {
      const next = timer.adjustCurrent(t, step === 'plus' ? 60_000 : -60_000, now)
      // The engine decides how far a minus may go (never below time already used); the model
      // reads the adjustment back and then checks everything that follows from it.
      m.adjust[m.index] = next.phases[m.index]!.adjustMs
      return next
    }
  }
}

describe('timer engine against a stopwatch model', () => {
  it('gives plan minus running time to the millisecond over 5,000 random sessions, also after a JSON round trip', () => {
    const random = prng(42)
    let checks = 0
    for (let session = 0; session < 5_000; session++) {
      let t = timer.createTimer(plan)
      const m = new Stopwatch()
      let now = 1_700_000_000_000 + Math.floor(random() * 1e9)
      const length = 5 + Math.floor(random() * 40)
      for (let s = 0; s < length; s++) {
        const gap =
          random() < 0.1
            ? 0
            : random() < 0.05
              ? Math.floor(random() * 3_600_000)
              : Math.floor(random() * 90_000)
        now += gap
        t = applyBoth(t, m, STEPS[Math.floor(random() * STEPS.length)]!, now)
        const probe = now + Math.floor(random() * 120_000)
        // Plain comparisons in the loop (expect() per step would dominate the run time); the
        // first mismatch is reported with everything needed to replay it.
        const restored = JSON.parse(JSON.stringify(t)) as TimerState
        const got = {
          index: t.index,
          status: t.status,
          remaining: timer.phaseRemainingMs(t, probe),
          restoredRemaining: timer.phaseRemainingMs(restored, probe),
          restoredTotal: sessionTotals(restored, probe).leftMs - sessionTotals(t, probe).leftMs,
        }
        const want = {
          index: m.index,
          status: m.status,
          remaining: m.remaining(probe),
          restoredRemaining: got.remaining,
          restoredTotal: 0,
        }
        if (JSON.stringify(got) !== JSON.stringify(want))
          expect({ session, step: s, ...got }).toEqual({ session, step: s, ...want })
        checks++
      }
      expect(timer.TimerStateSchema.safeParse(JSON.parse(JSON.stringify(t))).success).toBe(true)
    }
    expect(checks).toBeGreaterThan(100_000)
  })

  it('drifts by exactly 0 ms over a 15-minute session with 20 pauses and extensions', () => {
    let t = timer.start(timer.createTimer(plan), 0)
    let now = 0
    let running = 0
    for (let i = 0; i < 20; i++) {
      now += 37_123
      running += 37_123
      t = timer.pause(t, now)
      now += 11_777
      t = timer.addMinute(timer.resume(t, now), now)
      if (i % 5 === 4) t = timer.next(t, now)
    }
    now += 1_234
    running += 1_234
    expect(timer.totalElapsedMs(t, now)).toBe(running)
    expect(timer.totalPlannedMs(t)).toBe(15 * 60_000 + 20 * 60_000)
  })
})
