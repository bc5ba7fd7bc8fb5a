import { describe, expect, it } from 'vitest'
import { upsertAlignment } from '../../../../shared/followup/alignment'
import { emptyTracker } from '../../../../shared/followup/tracker'
import { participantContract } from '../../../../shared/participants/contract'
import { Room } from '../../../../shared/participants/room'
import { activity, ana, ben, cleo, session } from '../../../support/followup-fixtures'
import { failureCode as code, idCounter as counter } from '../../../support/room-kit'

const room = () => {
  const w = session('goals', 'workshop-1', '2026-03-10', {
    board: {
      ...session('goals', 'x-000000', '2026-03-10').board,
      activities: [activity('act-one-1'), activity('act-two-2'), activity('act-three-3')],
    },
  })
  const r = new Room(w, counter())
  for (const d of ['dev-a', 'dev-b', 'dev-c', 'dev-d']) r.addDevice(d)
  return r
}

describe('joining and names', () => {
  it('lets each team name be claimed once, until the facilitator releases it', () => {
    const r = room()
    r.claim('dev-a', ana.memberId)
    expect(code(() => r.claim('dev-b', ana.memberId))).toBe('CONFLICT')
    expect(r.viewFor('dev-b').roster.find((p) => p.memberId === ana.memberId)?.taken).toBe(true)
    r.release(ana.memberId)
    expect(r.viewFor('dev-a').me.status).toBe('choose-name')
    r.claim('dev-b', ana.memberId)
    expect(r.viewFor('dev-b').me).toMatchObject({ status: 'ready', name: 'Ana' })
  })

  it('refuses a name that is not on the session’s team, and unknown phones', () => {
    const r = room()
    expect(code(() => r.claim('dev-a', 'member-zed'))).toBe('NOT_FOUND')
    expect(code(() => r.viewFor('dev-unknown'))).toBe('FORBIDDEN')
  })

  it('keeps a guest waiting until approved; a declined guest cannot take part', () => {
    const r = room()
    r.joinAsGuest('dev-a', 'Visitor 🙂')
    expect(r.viewFor('dev-a').me.status).toBe('waiting-approval')
    expect(code(() => r.propose('dev-a', { text: 'x', kind: 'stop', tag: 'sales' }))).toBe(
      'FORBIDDEN',
    )
    const guest = r.status().guests[0]!
    r.decideGuest(guest.id, false)
    expect(r.viewFor('dev-a').me.status).toBe('declined')
    r.decideGuest(guest.id, true)
    r.propose('dev-a', { text: 'Shadow a call', kind: 'improve', tag: 'joint' })
    expect(r.status().queue[0]).toMatchObject({ by: 'Visitor 🙂', text: 'Shadow a call' })
  })
})

describe('the proposal queue', () => {
  it('accepts (edited), merges into a card on the board, or rejects, each exactly once', () => {
    const r = room()
    r.claim('dev-a', ana.memberId)
    const p1 = r.propose('dev-a', { text: 'Weekly lead review', kind: 'continue', tag: 'joint' })
    const p2 = r.propose('dev-a', { text: 'Same as one', kind: 'continue', tag: 'joint' })
    const p3 = r.propose('dev-a', { text: 'Nope', kind: 'stop', tag: 'sales' })
    const made = r.settle({ outcome: 'accept', proposalId: p1, text: 'Weekly lead review ✅' })
    expect(made).toMatchObject({ text: 'Weekly lead review ✅', proposedBy: ana.memberId })
    expect(code(() => r.settle({ outcome: 'accept', proposalId: p1 }))).toBe('CONFLICT')
    expect(code(() => r.settle({ outcome: 'merge', proposalId: p2, into: 'act-gone-0' }))).toBe(
      'NOT_FOUND',
    )
    expect(r.settle({ outcome: 'merge', proposalId: p2, into: 'act-one-1' })).toBeNull()
    expect(r.settle({ outcome: 'reject', proposalId: p3 })).toBeNull()
    expect(r.status().queue).toEqual([])
    expect(r.viewFor('dev-a').proposals.map((p) => p.status)).toEqual([
      'accepted',
      'merged',
      'rejected',
    ])
  })

  it('passes phone input through the same schemas: trimmed, bounded, any script', () => {
    const add = participantContract['proposal:add'].input
    expect(add.parse({ text: '  引き継ぎ 🚀  ', kind: 'stop', tag: 'marketing' }).text).toBe(
      '引き継ぎ 🚀',
    )
    expect(add.safeParse({ text: '   ', kind: 'stop', tag: 'marketing' }).success).toBe(false)
    expect(add.safeParse({ text: 'x'.repeat(5001), kind: 'stop', tag: 'sales' }).success).toBe(
      false,
    )
    expect(add.safeParse({ text: 'x', kind: 'stop', tag: 'sales', clientId: 'c' }).success).toBe(
      false,
    )
  })
})

describe('dot voting', () => {
  it('keeps the tally hidden from phones and console until it is revealed', () => {
    const r = room()
    r.claim('dev-a', ana.memberId)
    r.claim('dev-b', ben.memberId)
    r.openVoting(3, false)
    r.castBallot('dev-a', { 'act-one-1': 2, 'act-two-2': 1 })
    r.castBallot('dev-b', { 'act-one-1': 1 })
    expect(code(() => r.castBallot('dev-b', { 'act-one-1': 4 }))).toBe('VALIDATION')
    expect(code(() => r.castBallot('dev-b', { 'act-gone-0': 1 }))).toBe('VALIDATION')
    expect(r.status().voting?.results).toBeNull()
    expect(r.viewFor('dev-a').voting?.results).toBeNull()
    expect(r.status().voting?.voted).toEqual(['Ana', 'Ben'])
    r.setVoting('closed')
    expect(code(() => r.castBallot('dev-a', {}))).toBe('CONFLICT')
    r.setVoting('revealed')
    expect(r.viewFor('dev-b').voting?.results?.slice(0, 2)).toEqual([
      { activityId: 'act-one-1', text: 'Activity act-one-1', count: 3 },
      { activityId: 'act-two-2', text: 'Activity act-two-2', count: 1 },
    ])
    expect(r.status().voting?.results?.[0]?.voters).toBeNull()
  })

  it('names voters only in open voting; a second ballot replaces the first', () => {
    const r = room()
    r.claim('dev-a', ana.memberId)
    r.openVoting(2, true)
    r.castBallot('dev-a', { 'act-two-2': 2 })
    r.castBallot('dev-a', { 'act-three-3': 1 })
    r.setVoting('revealed')
    const t = r.voteTally()!
    expect(t.counts).toEqual({ 'act-one-1': 0, 'act-two-2': 0, 'act-three-3': 1 })
    expect(t.voters['act-three-3']).toEqual([ana.memberId])
    expect(r.status().voting?.results?.[0]?.voters).toEqual(['Ana'])
  })
})

describe('the alignment check from phones', () => {
  it('shows the aggregate only from the third answer, and who answered only to the console', () => {
    const r = room()
    r.claim('dev-a', ana.memberId)
    r.claim('dev-b', ben.memberId)
    r.claim('dev-c', cleo.memberId)
    r.openAlignment()
    r.answer('dev-a', { together: 2 })
    r.answer('dev-b', { together: 4 })
    expect(r.viewFor('dev-a').alignment?.aggregate).toBeNull()
    expect(r.status().alignment?.aggregate).toBeNull()
    r.answer('dev-c', { together: 5, open: 1 })
    expect(r.viewFor('dev-a').alignment?.aggregate).toMatchObject({ together: 3.7, open: 1 })
    expect(r.status().alignment?.answeredBy).toEqual(['Ana', 'Ben', 'Cleo'])
    const stored = r.anonymousAnswers()
    expect(Object.keys(stored).every((k) => k.startsWith('anon-'))).toBe(true)
    expect(JSON.stringify(stored)).not.toContain(ana.memberId)
  })

  it('stores anonymous and per-person answers in one check; neither half erases the other', () => {
    const t0 = emptyTracker('client-acme', '2026-03-10T10:00:00.000Z')
    const context = { kind: 'workshop' as const, id: 'workshop-1' }
    const at = '2026-03-10T10:05:00.000Z'
    const phones = { answers: { 'anon-000001': { together: 3 }, 'anon-000002': { together: 5 } } }
    const t1 = upsertAlignment(t0, { context, ...phones }, 'check-0001', at, 'anonymous')
    const people = { answers: { [ana.memberId]: { together: 1 } } }
    const t2 = upsertAlignment(t1, { context, ...people }, 'check-0002', at)
    expect(Object.keys(t2.alignment[0]!.answers).sort()).toEqual([
      'anon-000001',
      'anon-000002',
      ana.memberId,
    ])
    const t3 = upsertAlignment(t2, { context, answers: {} }, 'check-0003', at, 'anonymous')
    expect(Object.keys(t3.alignment[0]!.answers)).toEqual([ana.memberId])
  })
})

describe('commitments from phones', () => {
  it('wait for the facilitator, who confirms or declines; guests have none', () => {
    const r = room()
    r.claim('dev-a', ana.memberId)
    r.commit('dev-a', { text: 'Call every new lead within a day', note: 'Backing the plan' })
    expect(r.viewFor('dev-a').commitment.status).toBe('pending')
    expect(r.status().commitments).toEqual([
      {
        memberId: ana.memberId,
        name: 'Ana',
        text: 'Call every new lead within a day',
        note: 'Backing the plan',
      },
    ])
    expect(r.decideCommitment(ana.memberId, true)).toEqual({
      text: 'Call every new lead within a day',
      note: 'Backing the plan',
    })
    expect(r.status().commitments).toEqual([])
    r.joinAsGuest('dev-b', 'Guest')
    r.decideGuest(r.status().guests[0]!.id, true)
    expect(code(() => r.commit('dev-b', { text: 'x', note: '' }))).toBe('FORBIDDEN')
  })
})
