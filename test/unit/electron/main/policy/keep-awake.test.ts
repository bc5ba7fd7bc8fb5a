import { describe, expect, it } from 'vitest'
import { KeepAwake } from '../../../../../electron/main/policy/keep-awake'

const fakePower = () => {
  const calls: string[] = []
  let next = 1
  return {
    calls,
    start: (type: string) => {
      calls.push(`start ${type}`)
      return next++
    },
    stop: (id: number) => void calls.push(`stop ${id}`),
  }
}

describe('KeepAwake', () => {
  it('blocks display sleep once while any session runs, and lets go when none does', () => {
    const power = fakePower()
    const awake = new KeepAwake(power)
    awake.update('w1', false)
    expect(power.calls).toEqual([])
    awake.update('w1', true)
    awake.update('w1', true)
    awake.update('w2', true)
    expect(power.calls).toEqual(['start prevent-display-sleep'])
    awake.update('w1', false)
    expect(awake.blocking).toBe(true)
    awake.update('w2', false)
    expect(power.calls).toEqual(['start prevent-display-sleep', 'stop 1'])
    expect(awake.blocking).toBe(false)
    awake.update('w2', true)
    expect(power.calls.at(-1)).toBe('start prevent-display-sleep')
  })
})
