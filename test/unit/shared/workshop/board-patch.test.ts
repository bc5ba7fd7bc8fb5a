import { describe, expect, it } from 'vitest'
import type { BoardAction } from '../../../../shared/workshop/board-actions'
import { applyBoardAction } from '../../../../shared/workshop/board-actions'
import {
  applyBoardPatch,
  boardPatch,
  BoardPatch,
  patchSize,
} from '../../../../shared/workshop/board-patch'
import type { Board } from '../../../../shared/workshop/workshop'
import { emptyBoard } from '../../../../shared/workshop/workshop'
import { prng } from '../../../support/prng'

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const MEMBERS = [id(9001), id(9002), id(9003)]

/** Any edit the console makes, picked at random against the board as it is. */
const randomAction = (board: Board, random: () => number, n: number): BoardAction => {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
  const card = board.activities.length ? pick(board.activities) : null
  const goal = board.goals.length ? pick(board.goals) : null
  const member = pick(MEMBERS)
  const add = (): BoardAction => ({
    type: 'activity/add',
    activity: {
      id: id(n),
      text: `Card ${n} ✨`,
      kind: pick(['continue', 'stop', 'improve'] as const),
      tag: pick(['sales', 'marketing', 'joint'] as const),
      proposedBy: member,
      ownerId: null,
      dueDate: null,
    },
  })
  // Adding is the commonest edit, as when phones propose: the board grows over the run.
  const choices: (() => BoardAction | null)[] = [
    add,
    add,
    add,
    () => card && { type: 'activity/update', id: card.id, patch: { text: `Edited ${n}` } },
    () => card && { type: 'activity/remove', id: card.id },
    () => card && { type: 'activity/move', id: card.id, by: pick([-1, 1] as const) },
    () =>
      board.goals.length < 20
        ? {
            type: 'goal/add',
            goal: {
              id: id(n),
              title: `Goal ${n}`,
              criteria: '',
              begins: null,
              ends: null,
              activityIds: [],
              confirmed: false,
            },
          }
        : null,
    () => goal && card && { type: 'goal/toggleActivity', id: goal.id, activityId: card.id },
    () => ({ type: 'review/set', index: Math.floor(random() * 4), date: '2026-05-04' }),
    () => ({ type: 'call/set', memberId: random() < 0.3 ? null : member }),
    () => ({
      type: 'commitment/set',
      memberId: member,
      value: { text: `I will ${n}`, committed: true },
    }),
    () => ({ type: 'support/set', memberId: member, value: { supported: true, note: `${n}` } }),
  ]
  for (;;) {
    const action = pick(choices)()
    if (action) return action
  }
}

describe('a board change sent as a patch', () => {
  it('rebuilds the console’s board exactly, through JSON and the schema, over 1,000 random edits', () => {
    const random = prng(15)
    let sent = emptyBoard()
    let board = sent
    for (let n = 1; n <= 1_000; n++) {
      const r = applyBoardAction(board, randomAction(board, random, n))
      if (r.ok) board = r.board
      // Several edits can wait while one message travels: the patch then spans all of them.
      if (random() < 0.6) continue
      const wire = BoardPatch.parse(JSON.parse(JSON.stringify(boardPatch(sent, board))))
      const rebuilt = applyBoardPatch(JSON.parse(JSON.stringify(sent)) as Board, wire)
      // Compared as text: the same keys in the same order, every value the same.
      expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(board))
      sent = board
    }
    expect(board.activities.length).toBeGreaterThan(40)
  })

  it('carries only what changed: one new card on a board of 400 is one card', () => {
    let board = emptyBoard()
    for (let n = 0; n < 400; n++)
      board = { ...board, activities: [...board.activities, { ...activityNo(n) }] }
    const r = applyBoardAction(board, { type: 'activity/add', activity: activityNo(400) })
    if (!r.ok) throw new Error(r.reason)
    const patch = boardPatch(board, r.board)
    expect(patch).toEqual({
      splice: { activities: { at: 400, remove: 0, insert: [activityNo(400)] } },
      set: {},
    })
    expect(patchSize(patch)).toBe(1)
  })

  it('does not fit a shorter board than the one it was made from', () => {
    const board = { ...emptyBoard(), activities: [activityNo(1), activityNo(2)] }
    const patch = boardPatch(board, { ...board, activities: [activityNo(1)] })
    expect(applyBoardPatch(emptyBoard(), patch)).toBeNull()
  })
})

const activityNo = (n: number) => ({
  id: id(n),
  text: `Activity ${n}`,
  kind: 'continue' as const,
  tag: 'joint' as const,
  proposedBy: null,
  ownerId: null,
  dueDate: null,
})
