import { describe, expect, it } from 'vitest'
import type { BoardAction } from '../../../../shared/workshop/board-actions'
import { applyBoardAction } from '../../../../shared/workshop/board-actions'
import { confirmBlocker, goalBalance, goalWarnings } from '../../../../shared/workshop/board-rules'
import { nextToCall, notYetContributed } from '../../../../shared/workshop/round-robin'
import type { Activity, Board } from '../../../../shared/workshop/workshop'
import { emptyBoard } from '../../../../shared/workshop/workshop'

const act = (id: string, tag: Activity['tag']): Activity => ({
  id,
  text: `Activity ${id}`,
  kind: 'continue',
  tag,
  proposedBy: null,
  ownerId: null,
  dueDate: null,
})
const run = (board: Board, ...actions: BoardAction[]) =>
  actions.reduce((b, a) => {
    const r = applyBoardAction(b, a)
    if (!r.ok) throw new Error(r.reason)
    return r.board
  }, board)

const goal = {
  id: 'goal-0001',
  title: 'Faster follow-up',
  criteria: '90 % in 48 h',
  begins: '2027-01-04',
  ends: '2027-06-30',
  activityIds: [],
  confirmed: false,
}

describe('a goal needs activities', () => {
  it('refuses to confirm a goal without activities, with a reason', () => {
    const board = run(emptyBoard(), { type: 'goal/add', goal })
    const r = applyBoardAction(board, { type: 'goal/confirm', id: goal.id, confirmed: true })
    expect(r).toEqual({ ok: false, reason: expect.stringContaining('at least one activity') })
  })

  it('confirms once an activity is chosen, and returns to draft when it is removed', () => {
    let board = run(
      emptyBoard(),
      { type: 'activity/add', activity: act('act-0001', 'joint') },
      { type: 'goal/add', goal },
    )
    board = run(
      board,
      { type: 'goal/toggleActivity', id: goal.id, activityId: 'act-0001' },
      { type: 'goal/confirm', id: goal.id, confirmed: true },
    )
    expect(board.goals[0]!.confirmed).toBe(true)
    board = run(board, { type: 'activity/remove', id: 'act-0001' })
    expect(board.goals[0]).toMatchObject({ confirmed: false, activityIds: [] })
  })

  it('also asks for a title and objective criteria', () => {
    const board = run(emptyBoard(), { type: 'activity/add', activity: act('act-0001', 'sales') })
    expect(confirmBlocker({ ...goal, title: ' ', activityIds: ['act-0001'] }, board)).toMatch(
      /name/,
    )
    expect(confirmBlocker({ ...goal, criteria: '', activityIds: ['act-0001'] }, board)).toMatch(
      /criteria/,
    )
  })
})

describe('joint sessions', () => {
  const board = run(
    emptyBoard(),
    { type: 'activity/add', activity: act('act-sales', 'sales') },
    { type: 'activity/add', activity: act('act-mktg', 'marketing') },
    { type: 'activity/add', activity: act('act-joint', 'joint') },
  )
  it('tells shared goals from one-sided ones', () => {
    expect(goalBalance({ ...goal, activityIds: ['act-sales'] }, board)).toBe('sales-only')
    expect(goalBalance({ ...goal, activityIds: ['act-sales', 'act-mktg'] }, board)).toBe('shared')
    expect(goalBalance({ ...goal, activityIds: ['act-joint'] }, board)).toBe('shared')
  })
  it('warns only in joint sessions', () => {
    expect(goalWarnings({ ...goal, activityIds: ['act-mktg'] }, board, 'joint')[0]).toMatch(
      /marketing alone/,
    )
    expect(goalWarnings({ ...goal, activityIds: ['act-mktg'] }, board, 'marketing')).toEqual([])
  })
})

describe('board editing', () => {
  it('reorders activities and ignores moves past either end', () => {
    let board = run(
      emptyBoard(),
      ...['a1-0000', 'a2-0000', 'a3-0000'].map((id): BoardAction => ({
        type: 'activity/add',
        activity: act(id, 'joint'),
      })),
    )
    board = run(
      board,
      { type: 'activity/move', id: 'a3-0000', by: -1 },
      { type: 'activity/move', id: 'a1-0000', by: -1 },
    )
    expect(board.activities.map((a) => a.id)).toEqual(['a1-0000', 'a3-0000', 'a2-0000'])
  })
})

describe('round robin', () => {
  const members = ['ana', 'bo', 'cy', 'di'].map((id) => ({ id, name: id }))
  it('calls the next person in order who has not spoken yet', () => {
    expect(nextToCall(members, [], null)).toBe('ana')
    expect(nextToCall(members, ['ana'], 'ana')).toBe('bo')
    expect(nextToCall(members, ['bo', 'cy'], 'ana')).toBe('di')
    expect(nextToCall(members, ['ana', 'di'], 'di')).toBe('bo')
  })
  it('keeps going around once everyone has spoken', () => {
    expect(nextToCall(members, ['ana', 'bo', 'cy', 'di'], 'cy')).toBe('di')
    expect(nextToCall(members, ['ana', 'bo', 'cy', 'di'], 'di')).toBe('ana')
    expect(nextToCall([], [], null)).toBeNull()
  })
  it('lists who has not contributed', () => {
    expect(notYetContributed(members, ['bo']).map((m) => m.id)).toEqual(['ana', 'cy', 'di'])
  })
})
