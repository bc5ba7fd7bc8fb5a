import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Channel, Input } from '../../../../shared/api/contract'
import { contract } from '../../../../shared/api/contract'
import { emptyMeetingBoard } from '../../../../shared/meeting/meeting'
import { dispatch } from '../../../../electron/services/dispatch'
import { snapshotFolder, startTempCore } from '../../../support/temp-core'

const ID = '0c8e6f2a-1f7b-4f57-9f64-3f7c9d2b1a10'
const member = { name: 'Ana', department: 'sales', role: '', email: '', phone: '' } as const

/** One valid input per call; the completeness check below fails when a new call has none. */
const samples: { [K in Channel]: Input<K> } = {
  'app:info': {},
  'clients:list': {},
  'clients:get': { clientId: ID },
  'clients:create': { name: 'Acme', industry: 'Tools', notes: '' },
  'clients:update': { clientId: ID, fields: { name: 'Acme', industry: '', notes: '' } },
  'clients:setArchived': { clientId: ID, archived: true },
  'clients:delete': { clientId: ID },
  'clients:undelete': { clientId: ID },
  'members:add': { clientId: ID, member },
  'members:update': { clientId: ID, memberId: ID, member },
  'members:remove': { clientId: ID, memberId: ID },
  'members:restore': { clientId: ID, member: { ...member, id: ID }, index: 0 },
  'settings:get': {},
  'settings:update': { theme: 'dark' },
  'settings:formats': {},
  'library:health': {},
  'library:pickFolder': {},
  'library:useFolder': { path: '/tmp/somewhere', copyCurrent: false },
  'backups:list': {},
  'backups:create': {},
  'backups:restore': { backupId: 'backup-20261123T101500-000Z' },
  'workshops:list': { clientId: ID },
  'workshops:get': { clientId: ID, workshopId: ID },
  'workshops:create': {
    clientId: ID,
    title: 'Q1 goals',
    scope: 'joint',
    participantIds: [ID],
    managerId: null,
    plan: [{ name: 'Purpose', prompt: 'Why we are here', minutes: 1 }],
  },
  'workshops:saveBoard': {
    clientId: ID,
    workshopId: ID,
    board: {
      activities: [
        {
          id: ID,
          text: 'Weekly lead review',
          kind: 'continue',
          tag: 'joint',
          proposedBy: ID,
          ownerId: null,
          dueDate: '2026-12-01',
        },
      ],
      goals: [],
      reviewDates: [null, null, null, null],
      calledMemberId: null,
      commitments: {},
      support: {},
    },
  },
  'workshops:setPlan': {
    clientId: ID,
    workshopId: ID,
    plan: [{ name: 'Purpose', prompt: '', minutes: 2 }],
  },
  'session:control': { clientId: ID, workshopId: ID, action: 'start' },
  'session:openAudience': { clientId: ID, workshopId: ID, fullScreen: true },
  'session:clock': { clientId: ID, workshopId: ID },
  'session:live': {
    clientId: ID,
    workshopId: ID,
    stamp: { source: 'console-1', seq: 3 },
    content: { kind: 'meeting', meeting: emptyMeetingBoard() },
  },
  'session:cue': { clientId: ID, workshopId: ID, cue: { type: 'message', text: 'Two minutes' } },
  'session:follow': { clientId: ID, workshopId: null },
  'session:onAir': {},
  'workshops:runForOtherTeam': { clientId: ID, workshopId: ID },
  'pdf:check': { clientId: ID, workshopId: ID, kind: 'member', memberId: ID },
  'pdf:export': {
    clientId: ID,
    workshopId: ID,
    kind: 'all',
    memberId: null,
    pageSize: 'LETTER',
    open: false,
  },
  'agreements:list': { clientId: ID },
  'agreements:get': { clientId: ID, agreementId: ID },
  'agreements:create': {
    clientId: ID,
    title: 'How we reach each other',
    participantIds: [ID],
    timeZone: 'Europe/Berlin',
  },
  'agreements:save': {
    clientId: ID,
    agreementId: ID,
    ratings: { [ID]: { phone: { score: 5, note: 'fast' } } },
    terms: {
      channels: [{ id: 'phone', name: 'Phone call', fast: true, builtIn: true, inUse: true }],
      levels: [
        {
          id: ID,
          name: 'Urgent',
          urgency: 'urgent',
          primary: 'phone',
          fallback: null,
          responseMinutes: 15,
          noAnswer: 'Call the manager',
        },
      ],
      people: [
        {
          memberId: ID,
          timeZone: 'Europe/Berlin',
          workDays: [1, 2, 3, 4, 5],
          workStart: '09:00',
          workEnd: '17:00',
          weeklyOffGrid: [{ id: ID, day: 5, start: '22:00', end: '02:00', label: 'Night' }],
          datedOffGrid: [{ id: ID, from: '2027-03-01T08:00', to: '2027-03-02T18:00', label: '' }],
          preferredChannel: 'phone',
          urgentChannel: null,
          urgentNote: '',
        },
      ],
    },
  },
  'agreements:publish': { clientId: ID, agreementId: ID, note: 'Agreed' },
  'agreements:acknowledge': {
    clientId: ID,
    agreementId: ID,
    version: 1,
    memberId: ID,
    acknowledged: true,
  },
  'agreements:startSession': {
    clientId: ID,
    agreementId: ID,
    plan: [{ name: 'Preferences', prompt: 'Rate', minutes: 5 }],
  },
  'pdf:agreement': { clientId: ID, agreementId: ID, version: null, pageSize: 'A4', open: false },
  'workshops:saveMeeting': {
    clientId: ID,
    workshopId: ID,
    meeting: {
      plan: { what: 'Leads', who: 'Both teams', how: 'Ideas, then plans' },
      topic: 'Hand-over',
      endGoal: 'Owner within a day',
      ideas: [{ id: ID, text: 'Shared inbox', by: null }],
      plans: {
        [ID]: { plan: 'Call', commitment: 'Daily', dueDate: null, statedAt: null, spokenMs: 0 },
      },
      speaker: null,
      nextMeeting: null,
      notes: '',
    },
  },
  'followup:get': { clientId: ID },
  'followup:setStatus': {
    clientId: ID,
    itemKey: `meeting:${ID}:${ID}`,
    status: 'done',
    note: '',
    recordedAt: { kind: 'meeting', id: ID },
  },
  'followup:startReview': { clientId: ID, workshopId: ID, date: '2026-12-01' },
  'followup:saveReview': { clientId: ID, reviewId: ID, support: { [ID]: true }, note: '' },
  'followup:adjust': {
    clientId: ID,
    workshopId: ID,
    reviewId: null,
    field: 'goal-title',
    targetId: ID,
    after: 'New title',
    reason: 'Scope changed',
    agreedBy: [ID],
  },
  'followup:saveAlignment': {
    clientId: ID,
    context: { kind: 'workshop', id: ID },
    answers: { [ID]: { together: 3 } },
  },
  'followup:savePairing': {
    clientId: ID,
    pairing: {
      id: ID,
      salesId: ID,
      marketingId: ID,
      date: null,
      focus: 'shadowing',
      topic: '',
      salesLearned: '',
      marketingLearned: '',
    },
  },
  'followup:removePairing': { clientId: ID, pairingId: ID },
  'export:calendar': {
    clientId: ID,
    time: '10:00',
    durationMinutes: 60,
    timeZone: 'Europe/Berlin',
    repeat: null,
  },
  'export:actions': { clientId: ID },
  'pdf:actionPlan': { clientId: ID, workshopId: ID, pageSize: 'A4', open: false },
  'pdf:report': { clientId: ID, pageSize: 'LETTER', open: false },
  'portability:export': { clientId: null },
  'portability:preview': { text: '{}' },
  'portability:import': { text: '{}', planId: 'plan', choices: {} },
  'backups:preview': { backupId: 'backup-20261123T101500-000Z' },
  'samples:create': {},
  'samples:remove': {},
  'templates:get': {},
  'templates:save': { plan: [{ name: 'Purpose', prompt: 'Why', minutes: 1 }] },
  'devices:interfaces': {},
  'devices:status': {},
  'devices:start': { clientId: ID, workshopId: ID, address: '127.0.0.1' },
  'devices:stop': {},
  'devices:project': { show: 'join' },
  'devices:autoAccept': { on: true },
  'devices:settle': { outcome: 'accept', proposalId: 'proposal-1', text: 'Edited' },
  'devices:release': { memberId: ID },
  'devices:guest': { guestId: 'guest-1', approve: true },
  'devices:voting': { action: 'open', dots: 3, open: false },
  'devices:alignment': { action: 'open' },
  'devices:commitment': { memberId: ID, confirm: true },
  'devices:takeComms': { memberId: ID, seq: 1 },
}

const MEGA = 'x'.repeat(1024 * 1024)

/** Replaces each leaf of a sample in turn, yielding the broken variants of one input. */
const variants = (value: unknown, replace: (leaf: unknown) => unknown[]): unknown[] => {
  if (value === null || typeof value !== 'object') return replace(value)
  const entries = Object.entries(value as Record<string, unknown>)
  return entries.flatMap(([key, child]) =>
    variants(child, replace).map((broken) => ({ ...(value as object), [key]: broken })),
  )
}
/**
 * Values of another type than the leaf. A null leaf may be a nullable string or number, so it is
 * replaced only by types no field takes; numbers may be nullable too, so they never get null.
 */
const wrongTypes = (leaf: unknown): unknown[] => {
  if (typeof leaf === 'string') return [42, true, ['a'], { a: 1 }]
  if (leaf === null) return [true, {}, ['a']]
  if (typeof leaf === 'number') return ['text', true, {}]
  return ['text', null, {}]
}
const hugeStrings = (leaf: unknown) => (typeof leaf === 'string' ? [MEGA] : [])
/** Calls whose text field is a whole export file: 1 MB is a legal size, refused as not an export. */
const TAKES_FILE_TEXT = new Set<Channel>(['portability:preview', 'portability:import'])

describe('every contract call refuses bad input with a typed error and writes nothing', () => {
  let env: Awaited<ReturnType<typeof startTempCore>>
  beforeAll(async () => {
    env = await startTempCore()
  })
  afterAll(() => env.cleanup())

  it('has a valid sample for every call', () => {
    expect(Object.keys(samples).sort()).toEqual(Object.keys(contract).sort())
    for (const [name, input] of Object.entries(samples)) {
      expect(contract[name as Channel].input.safeParse(input).success, name).toBe(true)
    }
  })

  for (const name of Object.keys(contract) as Channel[]) {
    it(`${name}: wrong types, unknown fields and 1 MB strings`, async () => {
      const before = await snapshotFolder(env.dataDir)
      const sample = samples[name] as Record<string, unknown>
      const malformed = [
        42,
        'text',
        [],
        true,
        { ...sample, unexpected: 'field' },
        ...(Object.keys(sample).length ? variants(sample, wrongTypes) : []),
        ...(TAKES_FILE_TEXT.has(name) ? [] : variants(sample, hugeStrings)),
      ]
      for (const input of malformed) {
        const result = await dispatch(env.handlers, name, input)
        expect(result.ok, `${name} accepted ${JSON.stringify(input).slice(0, 80)}`).toBe(false)
        if (!result.ok) expect(result.error.code).toBe('VALIDATION')
      }
      if (TAKES_FILE_TEXT.has(name)) {
        for (const input of variants(sample, hugeStrings)) {
          const result = await dispatch(env.handlers, name, input)
          expect(result.ok, `${name} accepted 1 MB of text that is not an export`).toBe(false)
        }
      }
      expect(await snapshotFolder(env.dataDir)).toEqual(before)
    })
  }

  it('refuses a call that is not in the contract', async () => {
    const result = await dispatch(env.handlers, 'clients:dropAll', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } })
  })

  it('refuses input nested 100,000 deep or holding a “__proto__” key, before any schema walks it', async () => {
    const before = await snapshotFolder(env.dataDir)
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)) as unknown
    const proto = JSON.parse('{"name":"Acme","__proto__":{"admin":true}}') as unknown
    for (const input of [{ name: 'Acme', notes: deep }, proto]) {
      const result = await dispatch(env.handlers, 'clients:create', input)
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: expect.stringMatching(/cannot be read safely/) },
      })
    }
    expect(await snapshotFolder(env.dataDir)).toEqual(before)
  })
})
