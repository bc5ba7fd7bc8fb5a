import { describe, expect, it } from 'vitest'
import {
  actionMeeting,
  activity,
  ana,
  ben,
  cleo,
  goal,
  goalWorkshop,
  update,
} from '../../../support/followup-fixtures'
import { trackedItems } from '../../../../shared/followup/items'
import type { CurrentStatus } from '../../../../shared/followup/rollup'
import {
  carriedForward,
  completionOverTime,
  isOpen,
  itemStates,
  overdue,
  statusCounts,
} from '../../../../shared/followup/rollup'

const january = actionMeeting('ws-meet-1', '2026-01-10', {
  [ana.memberId]: { plan: 'Call new leads the same day', dueDate: '2026-01-31' },
  [ben.memberId]: { plan: 'Send the lead list on Mondays', dueDate: '2026-01-20' },
  [cleo.memberId]: { plan: 'Join one marketing stand-up', dueDate: null },
})
const february = goalWorkshop('ws-goals-1', '2026-02-10', {
  activities: [
    activity('act-001', { ownerId: ana.memberId, dueDate: '2026-03-01' }),
    activity('act-002', { ownerId: ben.memberId, dueDate: '2026-02-15' }),
  ],
  goals: [goal('goal-001', ['act-001', 'act-002'])],
})
const march = actionMeeting('ws-meet-2', '2026-03-10', {
  [ana.memberId]: { plan: 'Write the lead hand-over checklist', dueDate: '2026-03-01' },
})
const items = trackedItems([january, february, march], [])
const ANA = 'meeting:ws-meet-1:member-ana'
const BEN = 'meeting:ws-meet-1:member-ben'
const CLEO = 'meeting:ws-meet-1:member-cleo'
const ACT1 = 'activity:ws-goals-1:act-001'
const ACT2 = 'activity:ws-goals-1:act-002'
const MARCH = 'meeting:ws-meet-2:member-ana'

const stateOf = (key: string, updates: Parameters<typeof itemStates>[1]) =>
  itemStates(items, updates).find((s) => s.key === key)

describe('itemStates', () => {
  it('leaves every item open with no updates', () => {
    const states = itemStates(items, [])
    expect(states.map((s) => s.key)).toEqual([ANA, BEN, CLEO, ACT1, ACT2, MARCH])
    for (const s of states)
      expect(s).toMatchObject({ status: 'open', note: '', updatedAt: null, history: [] })
  })

  it('takes the latest update by time when updates arrive out of order', () => {
    const late = update(ANA, 'done', '2026-02-20T09:00:00Z', { note: 'All called' })
    const early = update(ANA, 'in-progress', '2026-01-20T09:00:00Z')
    const middle = update(ANA, 'missed', '2026-02-01T09:00:00Z')
    const state = stateOf(ANA, [late, early, middle])
    expect(state).toMatchObject({
      status: 'done',
      note: 'All called',
      updatedAt: '2026-02-20T09:00:00Z',
    })
    expect(state?.history).toEqual([early, middle, late])
  })

  it('reopens an item dropped and then taken up again', () => {
    const state = stateOf(BEN, [
      update(BEN, 'in-progress', '2026-03-12T09:00:00Z', { note: 'Back on' }),
      update(BEN, 'dropped', '2026-02-01T09:00:00Z'),
    ])
    expect(state?.status).toBe('in-progress')
    expect(isOpen(state?.status ?? 'done')).toBe(true)
  })

  it('keeps the later-recorded of two updates at the same moment', () => {
    const state = stateOf(CLEO, [
      update(CLEO, 'missed', '2026-02-01T09:00:00Z'),
      update(CLEO, 'done', '2026-02-01T09:00:00Z'),
    ])
    expect(state?.status).toBe('done')
  })

  it('ignores updates of items that are no longer tracked', () => {
    const states = itemStates(items, [
      update('meeting:ws-gone-1:member-ana', 'done', '2026-02-01T09:00:00Z'),
    ])
    expect(states.every((s) => s.status === 'open')).toBe(true)
  })
})

describe('isOpen', () => {
  it.each([
    ['open', true],
    ['in-progress', true],
    ['missed', true],
    ['done', false],
    ['dropped', false],
  ] as [CurrentStatus, boolean][])('%s → %s', (status, open) => {
    expect(isOpen(status)).toBe(open)
  })
})

describe('carriedForward', () => {
  it('brings the open items of earlier sessions to the next meeting, not its own', () => {
    const states = itemStates(items, [update(BEN, 'done', '2026-01-25T09:00:00Z')])
    const keys = carriedForward(states, march).map((s) => s.key)
    expect(keys).toEqual([ANA, CLEO, ACT1, ACT2])
  })

  it('keeps listing an item closed at this session, but not one closed elsewhere', () => {
    const atMarch = { kind: 'meeting' as const, id: march.id }
    const states = itemStates(items, [
      update(ANA, 'done', '2026-03-10T12:10:00Z', { recordedAt: atMarch }),
      update(BEN, 'dropped', '2026-03-01T09:00:00Z'),
      update(CLEO, 'missed', '2026-03-10T12:11:00Z', { recordedAt: atMarch }),
    ])
    const carried = carriedForward(states, march)
    expect(carried.map((s) => [s.key, s.status])).toEqual([
      [ANA, 'done'],
      [CLEO, 'missed'],
      [ACT1, 'open'],
      [ACT2, 'open'],
    ])
  })

  it('drops an item closed here once a later update moves it on elsewhere', () => {
    const states = itemStates(items, [
      update(ANA, 'done', '2026-03-10T12:10:00Z', {
        recordedAt: { kind: 'meeting', id: march.id },
      }),
      update(ANA, 'dropped', '2026-03-20T09:00:00Z'),
    ])
    expect(carriedForward(states, march).map((s) => s.key)).not.toContain(ANA)
  })

  it('has nothing to carry into the first session', () => {
    expect(carriedForward(itemStates(items, []), january)).toEqual([])
  })
})

describe('statusCounts', () => {
  it('counts every status, zero included', () => {
    expect(statusCounts([])).toEqual({ open: 0, 'in-progress': 0, done: 0, missed: 0, dropped: 0 })
    const states = itemStates(items, [
      update(ANA, 'done', '2026-02-01T09:00:00Z'),
      update(BEN, 'done', '2026-02-01T09:00:00Z'),
      update(CLEO, 'missed', '2026-02-01T09:00:00Z'),
      update(ACT1, 'dropped', '2026-02-01T09:00:00Z'),
    ])
    expect(statusCounts(states)).toEqual({
      open: 2,
      'in-progress': 0,
      done: 2,
      missed: 1,
      dropped: 1,
    })
  })
})

describe('overdue', () => {
  it('lists open items past due, the oldest due first', () => {
    const states = itemStates(items, [update(BEN, 'missed', '2026-02-01T09:00:00Z')])
    expect(overdue(states, '2026-03-02').map((s) => [s.key, s.dueDate])).toEqual([
      [BEN, '2026-01-20'],
      [ANA, '2026-01-31'],
      [ACT2, '2026-02-15'],
      [ACT1, '2026-03-01'],
      [MARCH, '2026-03-01'],
    ])
  })

  it('leaves out closed items, items without a due date and items due today', () => {
    const states = itemStates(items, [
      update(BEN, 'done', '2026-02-01T09:00:00Z'),
      update(ANA, 'dropped', '2026-02-01T09:00:00Z'),
    ])
    expect(overdue(states, '2026-03-01').map((s) => s.key)).toEqual([ACT2])
    expect(overdue([], '2026-03-01')).toEqual([])
  })
})

describe('completionOverTime', () => {
  it('has no points without updates', () => {
    expect(completionOverTime(items, [])).toEqual([])
  })

  it('gives one point per day with updates, counting items from their session day on', () => {
    const points = completionOverTime(items, [
      update(BEN, 'done', '2026-01-20T09:00:00Z'),
      update(ANA, 'in-progress', '2026-01-20T17:00:00Z'),
      update(ANA, 'done', '2026-02-12T09:00:00Z'),
      update(ACT1, 'done', '2026-02-12T10:00:00Z'),
      update(CLEO, 'dropped', '2026-03-15T09:00:00Z'),
    ])
    expect(points).toEqual([
      { date: '2026-01-20', done: 1, total: 3, rate: 1 / 3 },
      { date: '2026-02-12', done: 3, total: 5, rate: 3 / 5 },
      { date: '2026-03-15', done: 3, total: 5, rate: 3 / 5 },
    ])
  })

  it('reads updates in time order and counts a reopened item again', () => {
    const points = completionOverTime(items, [
      update(CLEO, 'in-progress', '2026-02-03T09:00:00Z'),
      update(CLEO, 'dropped', '2026-02-01T09:00:00Z'),
      update(BEN, 'done', '2026-02-01T08:00:00Z'),
      update(BEN, 'missed', '2026-02-01T07:00:00Z'),
    ])
    expect(points).toEqual([
      { date: '2026-02-01', done: 1, total: 2, rate: 0.5 },
      { date: '2026-02-03', done: 1, total: 3, rate: 1 / 3 },
    ])
  })

  it('rates zero when every item counted is dropped', () => {
    const only = itemStates(items, []).filter((i) => i.key === CLEO)
    expect(completionOverTime(only, [update(CLEO, 'dropped', '2026-02-01T09:00:00Z')])).toEqual([
      { date: '2026-02-01', done: 0, total: 0, rate: 0 },
    ])
  })

  it('ignores updates of items no longer tracked', () => {
    expect(
      completionOverTime(items, [
        update('meeting:ws-gone-1:member-ana', 'done', '2026-02-01T09:00:00Z'),
      ]),
    ).toEqual([])
  })
})
