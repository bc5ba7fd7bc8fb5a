import { describe, expect, it } from 'vitest'
import {
  activity,
  adjustment,
  ana,
  ben,
  goal,
  goalWorkshop,
} from '../../../support/followup-fixtures'
import {
  adjustmentHistory,
  applyAdjustments,
  currentValue,
} from '../../../../shared/followup/adjustments'
import type { AdjustmentField } from '../../../../shared/followup/tracker'

const W = 'ws-goals-1'
const { board } = goalWorkshop(W, '2026-02-01', {
  activities: [
    activity('act-001', { text: 'Weekly lead list', ownerId: ana.memberId, dueDate: '2026-03-01' }),
  ],
  goals: [
    goal('goal-001', ['act-001'], {
      title: 'Faster follow-up',
      criteria: '90 % in 48 h',
      ends: '2026-06-30',
    }),
  ],
})

describe('applyAdjustments', () => {
  it('returns the board unchanged without adjustments', () => {
    expect(applyAdjustments(board, [])).toEqual(board)
  })

  it('changes each field of goals and activities', () => {
    const next = applyAdjustments(board, [
      adjustment(W, 'goal-title', 'goal-001', 'Leads within two days', '2026-03-01T09:00:00Z'),
      adjustment(W, 'goal-criteria', 'goal-001', '95 % in 48 h', '2026-03-01T09:01:00Z'),
      adjustment(W, 'goal-ends', 'goal-001', '2026-09-30', '2026-03-01T09:02:00Z'),
      adjustment(W, 'activity-text', 'act-001', 'Daily lead list', '2026-03-01T09:03:00Z'),
      adjustment(W, 'activity-owner', 'act-001', ben.memberId, '2026-03-01T09:04:00Z'),
      adjustment(W, 'activity-due', 'act-001', '2026-04-15', '2026-03-01T09:05:00Z'),
    ])
    expect(next.goals[0]).toMatchObject({
      title: 'Leads within two days',
      criteria: '95 % in 48 h',
      ends: '2026-09-30',
      activityIds: ['act-001'],
    })
    expect(next.activities[0]).toMatchObject({
      text: 'Daily lead list',
      ownerId: 'member-ben',
      dueDate: '2026-04-15',
    })
    expect(board.goals[0]?.title).toBe('Faster follow-up')
  })

  it('clears an end date, an owner and a due date with null', () => {
    const next = applyAdjustments(board, [
      adjustment(W, 'goal-ends', 'goal-001', null, '2026-03-01T09:00:00Z'),
      adjustment(W, 'activity-owner', 'act-001', null, '2026-03-01T09:00:00Z'),
      adjustment(W, 'activity-due', 'act-001', null, '2026-03-01T09:00:00Z'),
    ])
    expect(next.goals[0]?.ends).toBeNull()
    expect(next.activities[0]).toMatchObject({ ownerId: null, dueDate: null })
  })

  it('applies adjustments in time order whatever order they are stored in', () => {
    const next = applyAdjustments(board, [
      adjustment(W, 'activity-due', 'act-001', '2026-05-01', '2026-04-01T10:00:00Z'),
      adjustment(W, 'activity-due', 'act-001', '2026-04-01', '2026-03-01T10:00:00Z'),
    ])
    expect(next.activities[0]?.dueDate).toBe('2026-05-01')
  })

  it('orders by the moment, not by how the offset is written', () => {
    const next = applyAdjustments(board, [
      adjustment(W, 'activity-due', 'act-001', '2026-04-09', '2026-03-01T09:00:00Z'),
      // 08:30 UTC: earlier, although its text sorts after the one above.
      adjustment(W, 'activity-due', 'act-001', '2026-04-08', '2026-03-01T10:30:00+02:00'),
    ])
    expect(next.activities[0]?.dueDate).toBe('2026-04-09')
  })

  it('ignores unknown targets and values the field cannot hold', () => {
    const next = applyAdjustments(board, [
      adjustment(W, 'activity-text', 'act-999', 'Nobody has this id', '2026-03-01T09:00:00Z'),
      adjustment(W, 'goal-title', 'act-001', 'A goal field on an activity', '2026-03-01T09:00:00Z'),
      adjustment(W, 'activity-due', 'act-001', 'next week', '2026-03-01T09:00:00Z'),
      adjustment(W, 'activity-text', 'act-001', '   ', '2026-03-01T09:00:00Z'),
      adjustment(W, 'goal-title', 'goal-001', null, '2026-03-01T09:00:00Z'),
    ])
    expect(next).toEqual(board)
  })
})

describe('currentValue', () => {
  const cases: [AdjustmentField, string, string | null][] = [
    ['goal-title', 'goal-001', 'Faster follow-up'],
    ['goal-criteria', 'goal-001', '90 % in 48 h'],
    ['goal-ends', 'goal-001', '2026-06-30'],
    ['activity-text', 'act-001', 'Weekly lead list'],
    ['activity-owner', 'act-001', 'member-ana'],
    ['activity-due', 'act-001', '2026-03-01'],
    ['goal-title', 'goal-999', null],
    ['activity-owner', 'act-999', null],
  ]
  it.each(cases)('%s of %s is %j', (field, target, expected) => {
    expect(currentValue(board, field, target)).toBe(expected)
  })

  it('reads the adjusted board, so the next "before" is the last "after"', () => {
    const adjusted = applyAdjustments(board, [
      adjustment(W, 'activity-owner', 'act-001', ben.memberId, '2026-03-01T09:00:00Z'),
    ])
    expect(currentValue(adjusted, 'activity-owner', 'act-001')).toBe('member-ben')
  })
})

describe('adjustmentHistory', () => {
  const first = adjustment(W, 'activity-due', 'act-001', '2026-04-01', '2026-03-01T10:00:00Z')
  const second = adjustment(
    W,
    'goal-title',
    'goal-001',
    'Leads in two days',
    '2026-04-01T10:00:00Z',
  )
  const third = adjustment(W, 'activity-due', 'act-001', '2026-05-01', '2026-05-01T10:00:00Z')
  const elsewhere = adjustment(
    'ws-goals-2',
    'activity-due',
    'act-001',
    '2026-06-01',
    '2026-06-01T10:00:00Z',
  )
  const all = [second, third, elsewhere, first]

  it('lists a workshop’s adjustments newest first', () => {
    expect(adjustmentHistory(all, W)).toEqual([third, second, first])
  })

  it('narrows to one goal or activity', () => {
    expect(adjustmentHistory(all, W, 'act-001')).toEqual([third, first])
    expect(adjustmentHistory(all, W, 'goal-001')).toEqual([second])
  })

  it('puts the later-recorded of two simultaneous adjustments first', () => {
    const a = adjustment(W, 'activity-text', 'act-001', 'A', '2026-03-01T10:00:00Z')
    const b = adjustment(W, 'activity-owner', 'act-001', null, '2026-03-01T10:00:00Z')
    expect(adjustmentHistory([a, b], W)).toEqual([b, a])
  })

  it('is empty for an unknown target or workshop', () => {
    expect(adjustmentHistory(all, W, 'act-999')).toEqual([])
    expect(adjustmentHistory(all, 'ws-unknown')).toEqual([])
    expect(adjustmentHistory([], W)).toEqual([])
  })
})
