import { describe, expect, it } from 'vitest'
import * as timer from '../../../../shared/workshop/timer'
import {
  activeWarning,
  formatWarnings,
  parseWarnings,
  warningWords,
} from '../../../../shared/workshop/warnings'

const S = 1000
const phase = (minutes: number) => ({ id: 'p', name: 'P', prompt: '', plannedMs: minutes * 60 * S })
const at = [120, 60, 30]

describe('fixed warnings', () => {
  it('shows each warning for a few seconds after the clock passes it', () => {
    const t = timer.start(timer.createTimer([phase(5)]), 0)
    expect(activeWarning(t, 179 * S, at)).toBeNull()
    expect(activeWarning(t, 180 * S, at)).toBe(120)
    expect(activeWarning(t, 185 * S, at)).toBe(120)
    expect(activeWarning(t, 187 * S, at)).toBeNull()
    expect(activeWarning(t, 240 * S, at)).toBe(60)
    expect(activeWarning(t, 272 * S, at)).toBe(30)
  })

  it('never opens a short phase on a warning it never had time for, nor warns while paused', () => {
    const t = timer.start(timer.createTimer([phase(1)]), 0)
    expect(activeWarning(t, 0, at)).toBeNull()
    expect(activeWarning(t, 30 * S, at)).toBe(30)
    expect(activeWarning(timer.pause(t, 30 * S), 30 * S, at)).toBeNull()
  })

  it('reads and writes the list as the facilitator types it', () => {
    expect(parseWarnings('2:00, 1:00, 0:30')).toEqual([120, 60, 30])
    expect(parseWarnings('0:30 5')).toEqual([300, 30])
    expect(parseWarnings('')).toEqual([])
    expect(parseWarnings('0:02')).toBeNull()
    expect(parseWarnings('soon')).toBeNull()
    expect(formatWarnings([120, 60, 30])).toBe('2:00, 1:00, 0:30')
    expect([120, 60, 45].map(warningWords)).toEqual([
      '2 minutes left',
      '1 minute left',
      '45 seconds left',
    ])
  })
})
