import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Channel, Input, Output } from '../../../../shared/api/contract'
import type { EventEnvelope } from '../../../../shared/api/events'
import type { Result } from '../../../../shared/api/result'
import { dispatch } from '../../../../electron/services/dispatch'
import { writePdf } from '../../../../electron/services/pdf-destination'
import { allText, qpdfCheck, squash } from '../../../support/pdf-tools'
import { startTempCore } from '../../../support/temp-core'

type Env = Awaited<ReturnType<typeof startTempCore>>
let env: Env
afterEach(() => env.cleanup())

/** A contract call with its declared types, through the same dispatch both transports use. */
const call = async <K extends Channel>(e: Env, name: K, input: Input<K>) =>
  (await dispatch(e.handlers, name, input)) as Result<Output<K>>

/** A client with Zoë (sales), Jürgen (marketing) and Ola (the manager), and one workshop. */
const seed = async (e: Env) => {
  const value = <T>(r: Result<T>) => {
    if (!r.ok) throw new Error(r.error.message)
    return r.value
  }
  const client = value(await call(e, 'clients:create', { name: 'Ørsted & Co' }))
  const add = async (name: string, department: 'sales' | 'marketing' | 'management') =>
    value(await call(e, 'members:add', { clientId: client.id, member: { name, department } })).id
  const zoe = await add('Zoë Šimková', 'sales')
  const jurgen = await add('Jürgen Größ', 'marketing')
  const ola = await add('Ola Nordmann', 'management')
  const workshop = value(
    await call(e, 'workshops:create', {
      clientId: client.id,
      title: 'Q1: goals / spring',
      scope: 'joint',
      participantIds: [zoe, jurgen],
      managerId: ola,
      plan: [{ name: 'Goals', prompt: 'Set them', minutes: 15 }],
    }),
  )
  return { clientId: client.id, workshopId: workshop.id, zoe, jurgen, ola }
}

describe('exporting goal sheets through the contract', () => {
  it('writes the team summary and a sheet per person into exports/, reporting progress', async () => {
    env = await startTempCore()
    const ids = await seed(env)
    const events: EventEnvelope[] = []
    env.core.onEvent((e) => events.push(e))
    const job = { clientId: ids.clientId, workshopId: ids.workshopId, kind: 'all' as const }

    const check = await call(env, 'pdf:check', { ...job, memberId: null })
    expect(check).toEqual({ ok: true, value: { warnings: [], sheetCount: 4 } })

    const r = await call(env, 'pdf:export', {
      ...job,
      memberId: null,
      pageSize: 'LETTER',
      open: true,
    })
    if (!r.ok) throw new Error(r.error.message)
    // Characters a file system refuses ("/", ":") never reach the file name.
    expect(r.value.path).toBe(
      join(env.dataDir, 'exports', 'Ørsted & Co Q1 goals spring goal sheets.pdf'),
    )
    expect(r.value.pageCount).toBe(4)
    qpdfCheck(r.value.path!)
    const text = squash(allText(r.value.path!))
    for (const name of ['Zoë Šimková', 'Jürgen Größ', 'Ola Nordmann']) expect(text).toContain(name)
    const progress = events.filter((e) => e.name === 'export:progress').map((e) => e.payload)
    expect(progress).toEqual([1, 2, 3, 4].map((done) => ({ done, total: 4 })))
  })

  it('never overwrites an earlier export: the second file gets a number', async () => {
    env = await startTempCore()
    const ids = await seed(env)
    const job = {
      clientId: ids.clientId,
      workshopId: ids.workshopId,
      kind: 'member' as const,
      memberId: ids.jurgen,
      pageSize: 'A4' as const,
      open: false,
    }
    await call(env, 'pdf:export', job)
    await call(env, 'pdf:export', job)
    expect((await readdir(join(env.dataDir, 'exports'))).sort()).toEqual([
      'Ørsted & Co Q1 goals spring goal sheet Jürgen Größ (2).pdf',
      'Ørsted & Co Q1 goals spring goal sheet Jürgen Größ.pdf',
    ])
  })

  it('says so when the person asked for was not in the workshop', async () => {
    env = await startTempCore()
    const ids = await seed(env)
    const r = await call(env, 'pdf:export', {
      clientId: ids.clientId,
      workshopId: ids.workshopId,
      kind: 'member',
      memberId: '00000000-0000-4000-8000-000000000000',
      pageSize: 'A4',
      open: false,
    })
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('writes nothing and builds nothing when the save dialog is cancelled', async () => {
    let built = false
    env = await startTempCore({
      savePdf: {
        choosePath: async () => null,
        write: async (path, pdf) => {
          built = true
          await writePdf(path, pdf)
        },
        open: async () => undefined,
      },
    })
    const ids = await seed(env)
    const r = await call(env, 'pdf:export', {
      clientId: ids.clientId,
      workshopId: ids.workshopId,
      kind: 'summary',
      memberId: null,
      pageSize: 'A4',
      open: true,
    })
    expect(r).toEqual({ ok: true, value: { path: null, pageCount: 0, warnings: [] } })
    expect(built).toBe(false)
    expect(existsSync(join(env.dataDir, 'exports'))).toBe(false)
  })
})

describe('exporting an action-plan meeting through the contract', () => {
  const meetingFor = async (e: Env) => {
    const ids = await seed(e)
    const r = await call(e, 'workshops:create', {
      clientId: ids.clientId,
      kind: 'actions',
      title: 'Cold leads',
      scope: 'joint',
      participantIds: [ids.zoe, ids.jurgen],
      managerId: null,
      plan: [{ name: 'Plans', prompt: 'Say them', minutes: 10 }],
    })
    if (!r.ok) throw new Error(r.error.message)
    const saved = await call(e, 'workshops:saveMeeting', {
      clientId: ids.clientId,
      workshopId: r.value.id,
      meeting: {
        plan: { what: 'Fewer cold leads', who: 'Both teams', how: 'One plan each' },
        topic: 'Leads that go cold',
        endGoal: 'Everyone leaves with a plan',
        ideas: [{ id: 'idea-0001', text: 'A shared lead board', by: ids.jurgen }],
        plans: {
          [ids.zoe]: {
            plan: 'Call web leads the same day',
            commitment: 'Starting Monday',
            dueDate: '2026-12-15',
            statedAt: '2026-11-20T09:20:00.000Z',
            spokenMs: 95_000,
          },
        },
        speaker: null,
        nextMeeting: '2027-01-12',
        notes: '',
      },
    })
    if (!saved.ok) throw new Error(saved.error.message)
    return { ...ids, meetingId: r.value.id }
  }

  it('writes the action plan as its own PDF, named after the client and the meeting', async () => {
    env = await startTempCore()
    const ids = await meetingFor(env)
    const r = await call(env, 'pdf:actionPlan', {
      clientId: ids.clientId,
      workshopId: ids.meetingId,
      pageSize: 'A4',
      open: false,
    })
    if (!r.ok) throw new Error(r.error.message)
    expect(r.value.path).toBe(
      join(env.dataDir, 'exports', 'Ørsted & Co Cold leads action plan.pdf'),
    )
    expect(r.value.pageCount).toBeGreaterThanOrEqual(1)
    expect(r.value.warnings).toEqual([])
    qpdfCheck(r.value.path!)
    const text = squash(allText(r.value.path!))
    for (const s of [
      'Leads that go cold',
      'Everyone leaves with a plan',
      'A shared lead board',
      'Call web leads the same day',
      'Starting Monday',
      'Follow-up on 12 Jan 2027',
      'Zoë Šimková',
      'Jürgen Größ',
    ])
      expect(text).toContain(s)
  })

  it('refuses to print a goal workshop as an action plan', async () => {
    env = await startTempCore()
    const ids = await seed(env)
    const r = await call(env, 'pdf:actionPlan', {
      clientId: ids.clientId,
      workshopId: ids.workshopId,
      pageSize: 'A4',
      open: false,
    })
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(existsSync(join(env.dataDir, 'exports'))).toBe(false)
  })
})
