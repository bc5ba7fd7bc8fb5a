import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Channel, Input } from '../../../../shared/api/contract'
import { contract } from '../../../../shared/api/contract'
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
  'session:openAudience': { clientId: ID, workshopId: ID },
  'pdf:check': { clientId: ID, workshopId: ID, kind: 'member', memberId: ID },
  'pdf:export': {
    clientId: ID,
    workshopId: ID,
    kind: 'all',
    memberId: null,
    pageSize: 'LETTER',
    open: false,
  },
  'templates:get': {},
  'templates:save': { plan: [{ name: 'Purpose', prompt: 'Why', minutes: 1 }] },
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
/** Values of another type than the leaf (nullable fields keep null valid, so null replaces only non-null, non-string leaves). */
const wrongTypes = (leaf: unknown): unknown[] => {
  if (typeof leaf === 'string') return [42, true, ['a'], { a: 1 }]
  if (leaf === null) return [42, true, {}]
  return ['text', null, {}]
}
const hugeStrings = (leaf: unknown) => (typeof leaf === 'string' ? [MEGA] : [])

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
      const bad = [
        42,
        'text',
        [],
        true,
        { ...sample, unexpected: 'field' },
        ...(Object.keys(sample).length ? variants(sample, wrongTypes) : []),
        ...variants(sample, hugeStrings),
      ]
      for (const input of bad) {
        const result = await dispatch(env.handlers, name, input)
        expect(result.ok, `${name} accepted ${JSON.stringify(input).slice(0, 80)}`).toBe(false)
        if (!result.ok) expect(result.error.code).toBe('VALIDATION')
      }
      expect(await snapshotFolder(env.dataDir)).toEqual(before)
    })
  }

  it('refuses a call that is not in the contract', async () => {
    const result = await dispatch(env.handlers, 'clients:dropAll', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } })
  })
})
