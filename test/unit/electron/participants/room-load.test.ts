import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyBoardAction } from '../../../../shared/workshop/board-actions'
import type { Board } from '../../../../shared/workshop/workshop'
import { join, post, secretOf, startRoomCore } from './room-fixture'

const PEOPLE = 40
const PROPOSALS = 10
const DOTS = 3

/**
 * Forty phones over loopback at once: every proposal reaches the queue once, every accepted one
 * is on the saved board once, and the stored tally counts every dot once.
 */
describe('forty participants at once', () => {
  let room: Awaited<ReturnType<typeof startRoomCore>>
  beforeAll(async () => {
    room = await startRoomCore(PEOPLE)
  })
  afterAll(async () => {
    await room.devices.close()
    await room.env.cleanup()
  })

  it('stores every accepted proposal and every vote exactly once', async () => {
    const { clientId, workshopId, memberIds } = room.ids
    const status = await room.call('devices:start', { clientId, workshopId, address: '127.0.0.1' })
    const origin = status.address
    const tokens = await Promise.all(memberIds.map(() => join(origin, secretOf(status.joinUrl))))
    await Promise.all(
      tokens.map((t, i) => post(origin, '/call/name:claim', { memberId: memberIds[i] }, t)),
    )
    const proposed = await Promise.all(
      tokens.flatMap((t, i) =>
        Array.from({ length: PROPOSALS }, (_, n) =>
          post(
            origin,
            '/call/proposal:add',
            { text: `P${i}-${n} ✨`, kind: 'improve', tag: 'joint' },
            t,
          ),
        ),
      ),
    )
    expect(proposed.filter((r) => r.status !== 200 || !r.json().ok)).toEqual([])
    const queue = room.devices.status()!.queue
    expect(queue).toHaveLength(PEOPLE * PROPOSALS)
    expect(new Set(queue.map((q) => q.text)).size).toBe(PEOPLE * PROPOSALS)

    // The console accepts each one and saves its board, as its autosave does.
    const view = await room.call('workshops:get', { clientId, workshopId })
    let board: Board = view.workshop.board
    for (const q of queue) {
      const { activity } = await room.call('devices:settle', {
        outcome: 'accept',
        proposalId: q.id,
      })
      const applied = applyBoardAction(board, { type: 'activity/add', activity: activity! })
      if (applied.ok) board = applied.board
    }
    await room.call('workshops:saveBoard', { clientId, workshopId, board })
    const again = await room
      .call('devices:settle', { outcome: 'accept', proposalId: queue[0]!.id })
      .then(() => 'accepted twice')
      .catch((e: Error) => e.message)
    expect(again).toMatch(/already handled/)

    await room.call('devices:voting', { action: 'open', dots: DOTS, open: false })
    const ids = board.activities.map((a) => a.id)
    const ballots = tokens.map((_, i) => ({ [ids[i]!]: 2, [ids[(i * 7 + 1) % ids.length]!]: 1 }))
    const cast = await Promise.all(
      tokens.map((t, i) => post(origin, '/call/vote:cast', { ballot: ballots[i] }, t)),
    )
    expect(cast.filter((r) => !r.json().ok)).toEqual([])
    await room.call('devices:voting', { action: 'reveal' })

    const saved = (await room.call('workshops:get', { clientId, workshopId })).workshop
    const texts = saved.board.activities.map((a) => a.text)
    expect(texts).toHaveLength(PEOPLE * PROPOSALS)
    expect(new Set(texts).size).toBe(PEOPLE * PROPOSALS)
    const round = saved.votes!.at(-1)!
    expect(saved.votes).toHaveLength(1)
    expect(round.ballots).toBe(PEOPLE)
    expect(Object.values(round.counts).reduce((s, n) => s + n, 0)).toBe(PEOPLE * DOTS)
    const expected: Record<string, number> = {}
    for (const b of ballots)
      for (const [id, n] of Object.entries(b)) expected[id] = (expected[id] ?? 0) + n
    for (const [id, n] of Object.entries(expected)) expect(round.counts[id]).toBe(n)
    expect(round.voters).toBeNull()
  }, 120_000)
})
