import { describe, expect, it } from 'vitest'
import { applyBoardAction } from '../../../../shared/workshop/board-actions'
import { confirmBlocker } from '../../../../shared/workshop/board-rules'
import {
  boardDatesRefusal,
  goalDatesRefusal,
  reviewRefusal,
} from '../../../../shared/workshop/dates'
import type { Board, Goal } from '../../../../shared/workshop/workshop'
import { emptyBoard } from '../../../../shared/workshop/workshop'

const goal = (patch: Partial<Goal> = {}): Goal => ({
  id: 'goal-0001',
  title: 'Faster follow-up',
  criteria: '90 % in 48 h',
  begins: '2027-01-04',
  ends: '2027-06-30',
  activityIds: ['act-0001'],
  confirmed: false,
  ...patch,
})
const board = (reviews: (string | null)[] = [null, null, null, null], goals = [goal()]): Board => ({
  ...emptyBoard(),
  activities: [
    {
      id: 'act-0001',
      text: 'Call every lead',
      kind: 'continue',
      tag: 'sales',
      proposedBy: null,
      ownerId: null,
      dueDate: null,
    },
  ],
  goals,
  reviewDates: reviews,
})

describe('review dates', () => {
  it('refuses a review before the previous one, and says which date to beat', () => {
    const b = board(['2027-02-01', null, null, null])
    expect(reviewRefusal(b, 1, '2027-01-20')).toBe(
      'The second review must come after the first (2027-02-01): choose a later date, or move the first review first.',
    )
    expect(reviewRefusal(b, 1, '2027-02-01')).toMatch(/after the first/)
    expect(reviewRefusal(b, 1, '2027-03-01')).toBeNull()
  })

  it('refuses a review after the next one that is set, skipping empty slots', () => {
    const b = board([null, null, '2027-04-01', null])
    expect(reviewRefusal(b, 0, '2027-05-01')).toMatch(/must come before the third \(2027-04-01\)/)
  })

  it('keeps reviews inside the goals’ time, from the earliest begin to the latest end', () => {
    const two = board(undefined, [
      goal(),
      goal({ id: 'goal-0002', begins: '2027-03-01', ends: '2027-09-30' }),
    ])
    expect(reviewRefusal(two, 0, '2027-01-01')).toMatch(/before the goals begin \(2027-01-04\)/)
    expect(reviewRefusal(two, 3, '2027-08-01')).toBeNull()
    expect(reviewRefusal(two, 3, '2027-10-01')).toMatch(/after the goals end \(2027-09-30\)/)
  })

  it('always lets a review be cleared', () => {
    expect(reviewRefusal(board(['2027-02-01', '2027-01-01', null, null]), 1, null)).toBeNull()
  })

  it('refuses through the board action and leaves the board as it was', () => {
    const b = board(['2027-02-01', null, null, null])
    expect(applyBoardAction(b, { type: 'review/set', index: 1, date: '2027-01-15' })).toEqual({
      ok: false,
      reason: expect.stringContaining('after the first'),
    })
  })
})

describe('goal dates', () => {
  it('needs a begin and an end before a goal is confirmed', () => {
    expect(confirmBlocker(goal({ ends: null }), board())).toMatch(/begin and an end date/)
    expect(confirmBlocker(goal(), board())).toBeNull()
  })

  it('refuses an end before the begin, and an end that leaves a review outside', () => {
    const b = board([null, null, null, '2027-06-15'])
    expect(goalDatesRefusal(b, goal({ ends: '2026-12-01' }))).toMatch(
      /ends on or after the day it begins/,
    )
    expect(goalDatesRefusal(b, goal({ ends: '2027-06-01' }))).toBe(
      'The fourth review (2027-06-15) would fall after the goals end: choose an end on or after 2027-06-15, or move that review first.',
    )
    expect(goalDatesRefusal(b, goal({ ends: '2027-06-15' }))).toBeNull()
  })

  it('keeps a confirmed goal’s dates until it is reopened', () => {
    const b = board(undefined, [goal({ confirmed: true })])
    const cleared = applyBoardAction(b, {
      type: 'goal/update',
      id: 'goal-0001',
      patch: { begins: null },
    })
    expect(cleared).toEqual({ ok: false, reason: expect.stringContaining('reopen it first') })
  })
})

describe('a board saved with new dates', () => {
  it('judges only what changed, so an older board with odd dates still saves', () => {
    const odd = board(['2027-03-01', '2027-02-01', null, null])
    expect(boardDatesRefusal(odd, { ...odd, activities: [] })).toBeNull()
    const worse = { ...odd, reviewDates: ['2027-03-01', '2027-02-01', '2027-01-01', null] }
    expect(boardDatesRefusal(odd, worse)).toMatch(/third review must come after the second/)
  })
})
