import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Channel, Input, Output } from '../../../../shared/api/contract'
import type { Result } from '../../../../shared/api/result'
import { DEFAULT_ACTION_PLAN, emptyMeetingBoard } from '../../../../shared/meeting/meeting'
import { emptyBoard } from '../../../../shared/workshop/workshop'
import { dispatch } from '../../../../electron/services/dispatch'
import { startTempCore } from '../../../support/temp-core'

type Env = Awaited<ReturnType<typeof startTempCore>>
let env: Env
let clock: Date

beforeEach(async () => {
  clock = new Date('2026-03-02T09:00:00.000Z')
  env = await startTempCore({ now: () => clock })
})
afterEach(() => env.cleanup())

const tick = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000)
}
const call = async <K extends Channel>(name: K, input: Input<K>) =>
  (await dispatch(env.handlers, name, input)) as Result<Output<K>>
const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value
}
const error = <T>(r: Result<T>) => {
  if (r.ok) throw new Error('expected a refusal')
  return r.error
}

/** A client, a goal workshop with one goal and activity, and an action meeting with one plan. */
const seed = async () => {
  const { id: clientId } = value(await call('clients:create', { name: 'Nordlicht Media' }))
  const add = async (name: string, department: 'sales' | 'marketing' | 'management') =>
    value(await call('members:add', { clientId, member: { name, department } })).id
  const ana = await add('Ana Souza', 'sales')
  const chloe = await add('Chloé Martin', 'marketing')
  const eva = await add('Eva Lind', 'management')
  const goals = value(
    await call('workshops:create', {
      clientId,
      kind: 'goals',
      title: 'Team goals',
      scope: 'joint',
      participantIds: [ana, chloe],
      managerId: eva,
      plan: [{ name: 'Only', prompt: '', minutes: 15 }],
    }),
  )
  value(
    await call('workshops:saveBoard', {
      clientId,
      workshopId: goals.id,
      board: {
        ...emptyBoard(),
        activities: [
          {
            id: 'activity-1',
            text: 'Weekly hand-over call',
            kind: 'continue',
            tag: 'joint',
            proposedBy: ana,
            ownerId: ana,
            dueDate: '2026-04-01',
          },
        ],
        goals: [
          {
            id: 'goal-01',
            title: 'Faster follow-up',
            criteria: 'Every lead called within two days',
            begins: null,
            ends: null,
            activityIds: ['activity-1'],
            confirmed: true,
          },
        ],
        reviewDates: ['2026-04-10', null, null, null],
        support: { [eva]: { supported: true, note: '' }, [ana]: { supported: false, note: '' } },
      },
    }),
  )
  tick(60)
  const meeting = value(
    await call('workshops:create', {
      clientId,
      kind: 'actions',
      title: 'Action plan',
      scope: 'joint',
      participantIds: [ana, chloe],
      managerId: null,
      plan: DEFAULT_ACTION_PLAN,
    }),
  )
  value(
    await call('workshops:saveMeeting', {
      clientId,
      workshopId: meeting.id,
      meeting: {
        ...emptyMeetingBoard(),
        plans: {
          [ana]: {
            plan: 'Call every lead',
            commitment: 'Same day',
            dueDate: '2026-03-20',
            statedAt: null,
            spokenMs: 0,
          },
        },
      },
    }),
  )
  return { clientId, ana, chloe, eva, goals, meeting }
}
type Seed = Awaited<ReturnType<typeof seed>>

const trackerPath = (s: Seed) => join(env.dataDir, 'followup', s.clientId, 'tracker.json')

describe('follow-up', () => {
  it('lists the goal workshops and meetings oldest first, with an empty tracker before any follow-up', async () => {
    const s = await seed()
    const view = value(await call('followup:get', { clientId: s.clientId }))
    expect(view.sessions.map((w) => w.kind)).toEqual(['goals', 'actions'])
    expect(view.tracker.updates).toEqual([])
    expect(view.readOnly).toBe(false)
    await expect(readFile(trackerPath(s))).rejects.toThrow()
  })

  it('records statuses with where they were agreed, in their own file', async () => {
    const s = await seed()
    const itemKey = `meeting:${s.meeting.id}:${s.ana}`
    value(
      await call('followup:setStatus', {
        clientId: s.clientId,
        itemKey,
        status: 'done',
        note: ' Every lead, every day ',
        recordedAt: { kind: 'between', id: s.clientId },
      }),
    )
    const stored = JSON.parse(await readFile(trackerPath(s), 'utf8'))
    expect(stored.schemaVersion).toBe(1)
    expect(stored.updates).toMatchObject([
      { itemKey, status: 'done', note: 'Every lead, every day' },
    ])
  })

  it('refuses an item key that names no meeting or activity', async () => {
    const s = await seed()
    const e = error(
      await call('followup:setStatus', {
        clientId: s.clientId,
        itemKey: 'elsewhere:x',
        status: 'done',
        note: '',
        recordedAt: { kind: 'between', id: s.clientId },
      }),
    )
    expect(e.code).toBe('VALIDATION')
  })

  it('opens a review once per date, with support as the workshop recorded it', async () => {
    const s = await seed()
    const input = { clientId: s.clientId, workshopId: s.goals.id, date: '2026-04-10' }
    const first = value(await call('followup:startReview', input))
    const again = value(await call('followup:startReview', input))
    expect(again.reviewId).toBe(first.reviewId)
    expect(again.tracker.reviews).toHaveLength(1)
    expect(first.tracker.reviews[0]!.support).toEqual({ [s.eva]: true, [s.ana]: false })
    value(
      await call('followup:saveReview', {
        clientId: s.clientId,
        reviewId: first.reviewId,
        support: { [s.eva]: true, [s.ana]: true },
        note: 'Ana is on board now',
      }),
    )
    const next = value(await call('followup:startReview', { ...input, date: '2026-05-10' }))
    const latest = next.tracker.reviews.find((r) => r.id === next.reviewId)!
    expect(latest.support).toEqual({ [s.eva]: true, [s.ana]: true })
  })

  it('refuses to review a meeting as if it had goals', async () => {
    const s = await seed()
    const e = error(
      await call('followup:startReview', {
        clientId: s.clientId,
        workshopId: s.meeting.id,
        date: '2026-04-10',
      }),
    )
    expect(e.message).toMatch(/goal workshop/)
  })

  it('keeps each adjustment with the value before, the reason and who agreed', async () => {
    const s = await seed()
    const base = {
      clientId: s.clientId,
      workshopId: s.goals.id,
      reviewId: null,
      agreedBy: [s.ana, s.eva],
    }
    value(
      await call('followup:adjust', {
        ...base,
        field: 'goal-ends',
        targetId: 'goal-01',
        after: '2026-09-30',
        reason: 'Launch moved',
      }),
    )
    tick(5)
    const t = value(
      await call('followup:adjust', {
        ...base,
        field: 'goal-ends',
        targetId: 'goal-01',
        after: '2026-12-31',
        reason: 'Moved again',
      }),
    )
    expect(t.adjustments.map((a) => [a.before, a.after, a.reason])).toEqual([
      [null, '2026-09-30', 'Launch moved'],
      ['2026-09-30', '2026-12-31', 'Moved again'],
    ])
    expect(t.adjustments[1]!.agreedBy).toEqual([s.ana, s.eva])
  })

  it('refuses adjustments to unknown targets, by outsiders, with bad values or no change', async () => {
    const s = await seed()
    const base = {
      clientId: s.clientId,
      workshopId: s.goals.id,
      reviewId: null,
      reason: 'Because',
      agreedBy: [s.ana],
    }
    const refusals = [
      { ...base, field: 'goal-title' as const, targetId: 'goal-99', after: 'X' },
      { ...base, field: 'goal-ends' as const, targetId: 'goal-01', after: 'next spring' },
      { ...base, field: 'activity-text' as const, targetId: 'activity-1', after: '  ' },
      { ...base, field: 'activity-owner' as const, targetId: 'activity-1', after: 'someone-else' },
      { ...base, field: 'goal-title' as const, targetId: 'goal-01', after: 'Faster follow-up' },
      {
        ...base,
        field: 'goal-title' as const,
        targetId: 'goal-01',
        after: 'Y',
        agreedBy: ['outsider-1'],
      },
    ]
    for (const input of refusals) error(await call('followup:adjust', input))
    const view = value(await call('followup:get', { clientId: s.clientId }))
    expect(view.tracker.adjustments).toEqual([])
  })

  it('keeps one alignment check per session, replaced when answered again', async () => {
    const s = await seed()
    const context = { kind: 'workshop' as const, id: s.goals.id }
    value(
      await call('followup:saveAlignment', {
        clientId: s.clientId,
        context,
        answers: { [s.ana]: { together: 2 } },
      }),
    )
    const t = value(
      await call('followup:saveAlignment', {
        clientId: s.clientId,
        context,
        answers: { [s.ana]: { together: 4, 'same-page': 3 } },
      }),
    )
    expect(t.alignment).toHaveLength(1)
    expect(t.alignment[0]!.answers[s.ana]).toEqual({ together: 4, 'same-page': 3 })
  })

  it('saves, edits and removes cross-training pairings', async () => {
    const s = await seed()
    const pairing = {
      id: 'pairing-1',
      salesId: s.ana,
      marketingId: s.chloe,
      date: '2026-03-15',
      focus: 'shadowing' as const,
      topic: 'Trade fair booth',
      salesLearned: '',
      marketingLearned: '',
    }
    value(await call('followup:savePairing', { clientId: s.clientId, pairing }))
    const edited = value(
      await call('followup:savePairing', {
        clientId: s.clientId,
        pairing: { ...pairing, salesLearned: 'How leads are scored' },
      }),
    )
    expect(edited.pairings).toEqual([{ ...pairing, salesLearned: 'How leads are scored' }])
    error(
      await call('followup:savePairing', {
        clientId: s.clientId,
        pairing: { ...pairing, id: 'pairing-2', marketingId: s.ana },
      }),
    )
    const removed = value(
      await call('followup:removePairing', { clientId: s.clientId, pairingId: 'pairing-1' }),
    )
    expect(removed.pairings).toEqual([])
  })

  it('opens a follow-up file from a newer app read-only and refuses changes', async () => {
    const s = await seed()
    value(await call('followup:removePairing', { clientId: s.clientId, pairingId: 'pairing-1' }))
    const stored = JSON.parse(await readFile(trackerPath(s), 'utf8'))
    await writeFile(trackerPath(s), JSON.stringify({ ...stored, schemaVersion: 2, extra: true }))
    const view = value(await call('followup:get', { clientId: s.clientId }))
    expect(view.readOnly).toBe(true)
    const e = error(
      await call('followup:saveAlignment', {
        clientId: s.clientId,
        context: { kind: 'workshop', id: s.goals.id },
        answers: {},
      }),
    )
    expect(e.code).toBe('READ_ONLY')
  })
})
