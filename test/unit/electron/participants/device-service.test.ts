import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { alignmentTrend } from '../../../../shared/followup/alignment'
import { join, post, secretOf, startRoomCore } from './room-fixture'

/** What the console's calls and the phones' answers leave in the library, and what they do not. */
describe('team devices in the library', () => {
  let room: Awaited<ReturnType<typeof startRoomCore>>
  beforeAll(async () => {
    room = await startRoomCore(4)
  })
  afterAll(async () => {
    await room.devices.close()
    await room.env.cleanup()
  })

  it('stores phone answers without names beside the facilitator’s, and the trend counts both', async () => {
    const { clientId, workshopId, memberIds } = room.ids
    const status = await room.call('devices:start', { clientId, workshopId, address: '127.0.0.1' })
    const tokens = await Promise.all(
      memberIds.slice(0, 3).map(() => join(status.address, secretOf(status.joinUrl))),
    )
    for (const [i, t] of tokens.entries())
      await post(status.address, '/call/name:claim', { memberId: memberIds[i] }, t)
    await room.call('devices:alignment', { action: 'open' })
    for (const [i, t] of tokens.entries())
      await post(status.address, '/call/alignment:answer', { answers: { together: i + 2 } }, t)
    await room.call('devices:alignment', { action: 'close' })
    await room.call('followup:saveAlignment', {
      clientId,
      context: { kind: 'workshop', id: workshopId },
      answers: { [memberIds[3]!]: { together: 1 } },
    })
    const { tracker } = await room.call('followup:get', { clientId })
    const keys = Object.keys(tracker.alignment[0]!.answers)
    expect(keys.filter((k) => k.startsWith('anon-'))).toHaveLength(3)
    expect(keys).toContain(memberIds[3])
    for (const id of memberIds.slice(0, 3)) expect(keys).not.toContain(id)
    expect(alignmentTrend(tracker)[0]).toMatchObject({ respondents: 4 })
    expect(alignmentTrend(tracker)[0]!.perQuestion.together).toBe((2 + 3 + 4 + 1) / 4)
  })

  it('keeps nothing about the phones once devices are off', async () => {
    await room.call('devices:stop', {})
    expect(await room.call('devices:status', {})).toBeNull()
    const { clientId, workshopId } = room.ids
    const { workshop } = await room.call('workshops:get', { clientId, workshopId })
    expect(JSON.stringify(workshop)).not.toMatch(/token|device/i)
  })
})
