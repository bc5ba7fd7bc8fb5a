import { describe, expect, it } from 'vitest'
import type { TimerState } from '../../../../shared/workshop/timer'
import * as timer from '../../../../shared/workshop/timer'
import { checkLimit, finishWords, sessionTotals } from '../../../../shared/workshop/session-totals'
import { meetingOutcome } from '../../../../shared/pdf/build-action-plan'
import { prng } from '../../../support/prng'

const S = 1000
const MIN = 60 * S
const plan = [1, 5, 4, 3, 2].map((m, i) => ({
  id: `p${i}`,
  name: `Phase ${i}`,
  prompt: '',
  plannedMs: m * MIN,
}))

describe('session totals', () => {
  it('keeps an overrun already spent: 38 s over in Activities is still 38 s over after →', () => {
    let t = timer.start(timer.createTimer(plan), 0)
    t = timer.next(t, 1 * MIN)
    const overrun = 1 * MIN + 5 * MIN + 38 * S
    expect(sessionTotals(t, overrun).leftMs).toBe(15 * MIN - overrun)
    t = timer.next(t, overrun)
    // The old total forgot the 38 s here and showed nine full minutes.
    expect(sessionTotals(t, overrun).leftMs).toBe(9 * MIN - 38 * S)
    expect(sessionTotals(t, overrun).projectedEnd).toBe(overrun + 9 * MIN)
  })

  it('reports a finished session over time by all it used, phase by phase', () => {
    const short = plan.map((p) => ({ ...p, plannedMs: 6_400 }))
    let t = timer.start(timer.createTimer(short), 0)
    for (const at of [40, 100, 150, 185]) t = timer.next(t, at * S)
    const end = 231 * S
    t = timer.finish(t, end)
    const totals = sessionTotals(t, end + 999_999)
    expect(totals.usedMs).toBe(end)
    expect(totals.leftMs).toBe(32 * S - end)
    expect(totals.projectedEnd).toBe(end)
    expect(totals.phases.map((p) => p.usedMs)).toEqual([40, 60, 50, 35, 46].map((s) => s * S))
  })

  it('plans the end from the start, and projects it from now and what is left', () => {
    let t = timer.createTimer(plan)
    expect(sessionTotals(t, 5_000)).toMatchObject({
      plannedEnd: null,
      projectedEnd: 5_000 + 15 * MIN,
    })
    t = timer.start(t, 10_000)
    expect(sessionTotals(t, 10_000).plannedEnd).toBe(10_000 + 15 * MIN)
    t = timer.pause(t, 10_000 + 30 * S)
    // Paused: the projected end moves with the clock on the wall, the planned end does not.
    const later = 10_000 + 5 * MIN
    expect(sessionTotals(t, later)).toMatchObject({
      plannedEnd: 10_000 + 15 * MIN,
      projectedEnd: later + 30 * S + 14 * MIN,
      leftMs: 14 * MIN + 30 * S,
    })
  })

  it('counts minutes added and taken away in the plan as adjusted, not as planned', () => {
    let t = timer.start(timer.createTimer(plan), 0)
    t = timer.addMinute(timer.addMinute(t, 0), 0)
    const totals = sessionTotals(t, 0)
    expect(totals).toMatchObject({ plannedMs: 15 * MIN, allowedMs: 17 * MIN, leftMs: 17 * MIN })
    expect(totals.phases[0]).toMatchObject({ plannedMs: MIN, allowedMs: 3 * MIN, usedMs: 0 })
  })
})

describe('“no later than”', () => {
  it('warns as soon as the plan no longer fits, with the minutes to cut', () => {
    let t = timer.setNoLaterThan(timer.createTimer(plan), 20 * MIN)
    expect(checkLimit(t, 0)).toMatchObject({ overMs: 0, cutMinutes: 0 })
    t = timer.start(t, 4 * MIN)
    expect(checkLimit(t, 5 * MIN)).toMatchObject({ overMs: 0, projectedEnd: 19 * MIN })
    // 2 min 10 s over in the first phase: four phases (14 min) still to come.
    const now = 4 * MIN + 3 * MIN + 10 * S
    expect(checkLimit(t, now)).toMatchObject({ overMs: now + 14 * MIN - 20 * MIN, cutMinutes: 2 })
    expect(checkLimit(timer.finish(t, now), now)).toBeNull()
    expect(checkLimit(timer.setNoLaterThan(t, null), now)).toBeNull()
  })
})

describe('finish words', () => {
  it('never calls an overrun under a minute “on time”', () => {
    expect(finishWords(28 * MIN, 28 * MIN + 40 * S)).toBe('ran 40 s over')
    expect(finishWords(28 * MIN, 28 * MIN + 1 * S)).toBe('ran 1 s over')
    expect(finishWords(28 * MIN, 31 * MIN + 12 * S)).toBe('ran 3 min over')
    expect(finishWords(28 * MIN, 28 * MIN + 400)).toBe('ended on time')
    expect(finishWords(28 * MIN, 27 * MIN + 30 * S)).toBe('ended on time')
    expect(finishWords(28 * MIN, 21 * MIN + 30 * S)).toBe('ended 6 min early')
  })

  it('is what the printed action-plan summary says', () => {
    const t = timer.finish(timer.start(timer.createTimer(plan), 0), 15 * MIN + 40 * S)
    expect(meetingOutcome(t).summary).toBe('Planned 15 min, took 15 min 40 s: ran 40 s over.')
  })
})

/**
 * An independent model: a log of every running interval, per phase, as a person with a notebook
 * would keep it, and a projection made by playing the rest of the session out phase by phase.
 */
class Notebook {
  intervals: { phase: number; from: number; to: number | null }[] = []
  adjust = plan.map(() => 0)
  index = 0
  status: TimerState['status'] = 'ready'
  finishedAt: number | null = null

  private close(now: number) {
    const open = this.intervals.at(-1)
    if (open && open.to === null) open.to = now
  }
  private open(now: number) {
    this.intervals.push({ phase: this.index, from: now, to: null })
  }
  used(phase: number, now: number) {
    return this.intervals
      .filter((i) => i.phase === phase)
      .reduce((s, i) => s + ((i.to ?? now) - i.from), 0)
  }
  allowed(phase: number) {
    return Math.max(0, plan[phase]!.plannedMs + this.adjust[phase]!)
  }
  step(step: string, now: number) {
    const s = this.status
    if (step === 'toggle') step = s === 'ready' ? 'start' : s === 'running' ? 'pause' : 'resume'
    if (step === 'start' && s === 'ready') [this.status] = ['running', this.open(now)]
    if (step === 'pause' && s === 'running') [this.status] = ['paused', this.close(now)]
    if (step === 'resume' && s === 'paused') [this.status] = ['running', this.open(now)]
    if (step === 'finish' && s !== 'finished') this.end(now)
    if (step === 'next' && s !== 'finished') {
      if (this.index === plan.length - 1) this.end(now)
      else {
        if (s === 'ready') this.status = 'running'
        this.close(now)
        this.index++
        if (this.status === 'running') this.open(now)
      }
    }
    if (step === 'previous' && this.index > 0 && s !== 'ready') {
      if (s === 'finished') [this.status, this.finishedAt] = ['paused', null]
      else {
        this.close(now)
        this.index--
        if (this.status === 'running') this.open(now)
      }
    }
    if ((step === 'plus' || step === 'minus') && s !== 'finished') {
      // A minute more always; a minute less never below what the phase has used (unless that is
      // already past its plan, then not below the plan), nor below nothing.
      const planned = plan[this.index]!.plannedMs
      const floor = Math.min(0, this.used(this.index, now) - planned)
      const wanted = this.adjust[this.index]! + (step === 'plus' ? MIN : -MIN)
      this.adjust[this.index] = Math.max(wanted, floor, -planned)
    }
  }
  private end(now: number) {
    this.close(now)
    this.status = 'finished'
    this.finishedAt = now
  }
  expected(now: number) {
    const usedMs = plan.reduce((s, _, i) => s + this.used(i, now), 0)
    const allowedMs = plan.reduce((s, _, i) => s + this.allowed(i), 0)
    let end = now
    if (this.status === 'finished') end = this.finishedAt!
    else
      for (let i = this.status === 'ready' ? 0 : this.index; i < plan.length; i++)
        end += Math.max(0, this.allowed(i) - (this.status === 'ready' ? 0 : this.used(i, now)))
    return { usedMs, leftMs: allowedMs - usedMs, projectedEnd: end }
  }
}

const STEPS = ['start', 'pause', 'resume', 'toggle', 'next', 'previous', 'finish', 'plus', 'minus']

describe('session totals against a notebook', () => {
  it('agrees on time used, time left, the projected end and the cut needed over 4,000 random sessions', () => {
    const random = prng(7)
    let checks = 0
    for (let session = 0; session < 4_000; session++) {
      let t = timer.createTimer(plan)
      const book = new Notebook()
      let now = 1_700_000_000_000 + Math.floor(random() * 1e9)
      const limit = now + Math.floor(random() * 40 * MIN)
      t = timer.setNoLaterThan(t, limit)
      for (let s = 0, n = 5 + Math.floor(random() * 40); s < n; s++) {
        now += random() < 0.1 ? 0 : Math.floor(random() * (random() < 0.1 ? 30 * MIN : 100 * S))
        const step = STEPS[Math.floor(random() * STEPS.length)]!
        const before = t
        if (step === 'plus' || step === 'minus')
          t = timer.adjustCurrent(t, (step === 'plus' ? 1 : -1) * MIN, now)
        else t = (timer as unknown as Record<string, typeof timer.next>)[step]!(t, now)
        book.step(step, now)
        const probe = now + Math.floor(random() * 200 * S)
        const got = sessionTotals(t, probe)
        const want = book.expected(probe)
        const cut =
          t.status === 'finished' ? null : Math.ceil(Math.max(0, want.projectedEnd - limit) / MIN)
        const gotCut = checkLimit(t, probe)?.cutMinutes ?? null
        const seen = {
          used: got.usedMs,
          left: got.leftMs,
          end: got.projectedEnd,
          cut: gotCut,
          allowed: got.phases.map((p) => p.allowedMs),
        }
        const model = {
          used: want.usedMs,
          left: want.leftMs,
          end: want.projectedEnd,
          cut,
          allowed: plan.map((_, i) => book.allowed(i)),
        }
        if (JSON.stringify(seen) !== JSON.stringify(model))
          expect({ session, step: s, kind: step, before, ...seen }).toEqual({
            session,
            step: s,
            kind: step,
            before,
            ...model,
          })
        checks++
      }
    }
    expect(checks).toBeGreaterThan(80_000)
  })
})
