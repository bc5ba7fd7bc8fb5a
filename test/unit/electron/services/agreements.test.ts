import { existsSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Channel, Input, Output } from '../../../../shared/api/contract'
import type { EventEnvelope } from '../../../../shared/api/events'
import type { Result } from '../../../../shared/api/result'
import type { AgreementFile, AgreementTerms } from '../../../../shared/comms/agreement'
import { BUILT_IN_CHANNELS } from '../../../../shared/comms/agreement'
import { addChannel, setRating } from '../../../../shared/comms/edits'
import { dispatch } from '../../../../electron/services/dispatch'
import { allText, qpdfCheck, squash } from '../../../support/pdf-tools'
import { startTempCore } from '../../../support/temp-core'

type Env = Awaited<ReturnType<typeof startTempCore>>
let env: Env
let clock: Date
const events: EventEnvelope[] = []

beforeEach(async () => {
  clock = new Date('2026-03-02T09:00:00.000Z')
  env = await startTempCore({ now: () => clock })
  events.length = 0
  env.core.onEvent((e) => events.push(e))
})
afterEach(() => env.cleanup())

const tick = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000)
}

/** A contract call with its declared types, through the same dispatch both transports use. */
const call = async <K extends Channel>(name: K, input: Input<K>) =>
  (await dispatch(env.handlers, name, input)) as Result<Output<K>>

const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value
}

const UNKNOWN = '00000000-0000-4000-8000-000000000000'

/** A client with Zoë (sales), Jürgen (marketing), Ola (management) and Nils, who stays out. */
const seed = async () => {
  const client = value(await call('clients:create', { name: 'Ørsted & Co' }))
  const add = async (name: string, department: 'sales' | 'marketing' | 'management') =>
    value(await call('members:add', { clientId: client.id, member: { name, department } })).id
  const zoe = await add('Zoë Šimková', 'sales')
  const jurgen = await add('Jürgen Größ', 'marketing')
  const ola = await add('Ola Nordmann', 'management')
  const nils = await add('Nils Holm', 'sales')
  return { clientId: client.id, zoe, jurgen, ola, nils }
}
type Ids = Awaited<ReturnType<typeof seed>>

const create = async (ids: Ids, title = 'How we reach each other') =>
  value(
    await call('agreements:create', {
      clientId: ids.clientId,
      title,
      participantIds: [ids.zoe, ids.jurgen, ids.ola],
      timeZone: 'Europe/Oslo',
    }),
  )

const fileOf = (a: { clientId: string; id: string }) =>
  join(env.dataDir, 'agreements', a.clientId, `${a.id}.json`)

const save = (a: AgreementFile, terms: AgreementTerms, ratings: AgreementFile['ratings'] = {}) =>
  call('agreements:save', { clientId: a.clientId, agreementId: a.id, ratings, terms })

const get = async (a: AgreementFile) =>
  value(await call('agreements:get', { clientId: a.clientId, agreementId: a.id }))

const changedFor = (clientId: string) =>
  events.filter(
    (e) =>
      e.name === 'data:changed' && e.payload.scope === 'client' && e.payload.clientId === clientId,
  )

describe('creating an agreement', () => {
  it('copies the chosen members with their departments and starts from the default terms', async () => {
    const ids = await seed()
    events.length = 0
    const a = await create(ids)
    expect(a.participants).toEqual([
      { memberId: ids.zoe, name: 'Zoë Šimková', department: 'sales' },
      { memberId: ids.jurgen, name: 'Jürgen Größ', department: 'marketing' },
      { memberId: ids.ola, name: 'Ola Nordmann', department: 'management' },
    ])
    expect(a.terms.channels.map((c) => c.id)).toEqual(BUILT_IN_CHANNELS.map((c) => c.id))
    expect(a.terms.channels.every((c) => c.builtIn && c.inUse)).toBe(true)
    expect(a.terms.levels.map((l) => l.urgency)).toEqual(['urgent', 'today', 'week', 'fyi'])
    expect(new Set(a.terms.levels.map((l) => l.id)).size).toBe(4)
    expect(a.terms.people.map((p) => [p.memberId, p.timeZone])).toEqual([
      [ids.zoe, 'Europe/Oslo'],
      [ids.jurgen, 'Europe/Oslo'],
      [ids.ola, 'Europe/Oslo'],
    ])
    expect(a).toMatchObject({ revision: 0, ratings: {}, versions: [] })
    expect(a.createdAt).toBe(clock.toISOString())
    expect(JSON.parse(await readFile(fileOf(a), 'utf8'))).toEqual(a)
    expect(changedFor(ids.clientId)).toHaveLength(1)
  })

  it('refuses a member the client does not have, and writes nothing', async () => {
    const ids = await seed()
    const r = await call('agreements:create', {
      clientId: ids.clientId,
      title: 'Nobody knows',
      participantIds: [ids.zoe, UNKNOWN],
      timeZone: 'Europe/Oslo',
    })
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'One of the chosen people is no longer a member.' },
    })
    expect(existsSync(join(env.dataDir, 'agreements', ids.clientId))).toBe(false)
    expect(value(await call('agreements:list', { clientId: ids.clientId }))).toEqual([])
  })

  it('refuses an agreement with nobody in it before any service runs', async () => {
    const ids = await seed()
    const r = await call('agreements:create', {
      clientId: ids.clientId,
      title: 'Empty',
      participantIds: [],
      timeZone: 'Europe/Oslo',
    })
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ message: 'Pick at least one member of the team' }] },
    })
  })
})

describe('saving the draft', () => {
  it('persists ratings and terms, bumps the revision and emits data:changed', async () => {
    const ids = await seed()
    const a = await create(ids)
    events.length = 0
    tick(5)
    const terms = addChannel(a.terms, 'Slack', true, () => 'x')
    const ratings = setRating(
      setRating({}, ids.zoe, 'phone', { score: 2, note: 'Too loud' }),
      ids.jurgen,
      'custom-slack',
      { score: 5 },
    )
    const r = value(await save(a, terms, ratings))
    expect(r).toEqual({ revision: 1, updatedAt: clock.toISOString() })
    const { agreement, readOnly } = await get(a)
    expect(readOnly).toBe(false)
    expect(agreement.terms).toEqual(terms)
    expect(agreement.ratings).toEqual(ratings)
    expect(JSON.parse(await readFile(fileOf(a), 'utf8'))).toEqual(agreement)
    expect(changedFor(ids.clientId)).toHaveLength(1)
  })

  it('drops ratings given for someone outside the agreement', async () => {
    const ids = await seed()
    const a = await create(ids)
    const ratings = setRating(setRating({}, ids.zoe, 'email', { score: 4 }), ids.nils, 'email', {
      score: 1,
    })
    value(await save(a, a.terms, ratings))
    expect((await get(a)).agreement.ratings).toEqual({
      [ids.zoe]: { email: { score: 4, note: '' } },
    })
  })

  const refusals: [string, (t: AgreementTerms) => AgreementTerms, RegExp][] = [
    [
      'a level whose first channel does not exist',
      (t) => ({ ...t, levels: t.levels.map((l, i) => (i === 0 ? { ...l, primary: 'pager' } : l)) }),
      /“Urgent” uses a channel that was removed/,
    ],
    [
      'a level whose fallback channel does not exist',
      (t) => ({ ...t, levels: t.levels.map((l, i) => (i === 2 ? { ...l, fallback: 'fax' } : l)) }),
      /“This week” uses a channel that was removed/,
    ],
    [
      'a person whose preferred channel does not exist',
      (t) => ({ ...t, people: t.people.map((p) => ({ ...p, preferredChannel: 'pager' })) }),
      /person’s channel points at a channel that was removed/,
    ],
    [
      'a person whose urgent channel does not exist',
      (t) => ({ ...t, people: t.people.map((p) => ({ ...p, urgentChannel: 'pager' })) }),
      /person’s channel points at a channel that was removed/,
    ],
    [
      'two channels with the same id',
      (t) => ({ ...t, channels: [...t.channels, { ...t.channels[0]!, name: 'Phone again' }] }),
      /Two channels have the same id \(phone\)/,
    ],
    [
      'availability for someone outside the agreement',
      (t) => ({ ...t, people: [...t.people, { ...t.people[0]!, memberId: UNKNOWN }] }),
      /not in this team/,
    ],
  ]
  for (const [what, breakIt, message] of refusals) {
    it(`refuses ${what} with a clear message and leaves the file unchanged`, async () => {
      const ids = await seed()
      const a = await create(ids)
      const before = await readFile(fileOf(a), 'utf8')
      events.length = 0
      const r = await save(a, breakIt(a.terms))
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
      // A refusal is explained in its message, or in the issue its schema names.
      if (!r.ok)
        expect(
          [r.error.message, ...(r.error.issues ?? []).map((i) => i.message)].join(' '),
        ).toMatch(message)
      expect(await readFile(fileOf(a), 'utf8')).toBe(before)
      expect(changedFor(ids.clientId)).toEqual([])
    })
  }
})

describe('publishing and acknowledging', () => {
  it('freezes the terms as version 1 and 2 with notes; later draft edits leave them alone', async () => {
    const ids = await seed()
    const a = await create(ids)
    tick(1)
    const v1 = value(
      await call('agreements:publish', { clientId: a.clientId, agreementId: a.id, note: 'First' }),
    )
    expect(v1.versions).toHaveLength(1)
    expect(v1.versions[0]).toEqual({
      number: 1,
      publishedAt: clock.toISOString(),
      note: 'First',
      terms: a.terms,
      acknowledgements: {},
    })

    tick(1)
    const edited = addChannel(a.terms, 'Slack', true, () => 'x')
    value(await save(a, edited))
    const draft = (await get(a)).agreement
    expect(draft.versions[0]?.terms).toEqual(a.terms)
    expect(draft.versions[0]?.terms.channels.map((c) => c.id)).not.toContain('custom-slack')

    tick(1)
    const v2 = value(
      await call('agreements:publish', { clientId: a.clientId, agreementId: a.id, note: '' }),
    )
    expect(v2.versions.map((v) => [v.number, v.note])).toEqual([
      [1, 'First'],
      [2, ''],
    ])
    expect(v2.versions[1]?.terms).toEqual(edited)
    expect(v2.versions[0]?.terms).toEqual(a.terms)
  })

  it('refuses to publish a version identical to the last one', async () => {
    const ids = await seed()
    const a = await create(ids)
    value(await call('agreements:publish', { clientId: a.clientId, agreementId: a.id, note: '' }))
    const r = await call('agreements:publish', {
      clientId: a.clientId,
      agreementId: a.id,
      note: '',
    })
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect((await get(a)).agreement.versions).toHaveLength(1)
  })

  it('records when a person acknowledged, keeps the first time, and removes it when withdrawn', async () => {
    const ids = await seed()
    const a = await create(ids)
    value(await call('agreements:publish', { clientId: a.clientId, agreementId: a.id, note: '' }))
    const ack = (memberId: string, acknowledged: boolean, version = 1) =>
      call('agreements:acknowledge', {
        clientId: a.clientId,
        agreementId: a.id,
        version,
        memberId,
        acknowledged,
      })

    tick(10)
    const first = clock.toISOString()
    const once = value(await ack(ids.zoe, true))
    expect(once.versions[0]?.acknowledgements).toEqual({ [ids.zoe]: first })

    tick(60)
    const twice = value(await ack(ids.zoe, true))
    expect(twice.versions[0]?.acknowledgements).toEqual({ [ids.zoe]: first })

    value(await ack(ids.jurgen, true))
    const withdrawn = value(await ack(ids.zoe, false))
    expect(withdrawn.versions[0]?.acknowledgements).toEqual({ [ids.jurgen]: clock.toISOString() })
    expect((await get(a)).agreement.versions[0]?.acknowledgements).not.toHaveProperty(ids.zoe)
  })

  it('refuses acknowledgements from a non-member and for a version that does not exist', async () => {
    const ids = await seed()
    const a = await create(ids)
    value(await call('agreements:publish', { clientId: a.clientId, agreementId: a.id, note: '' }))
    const before = await readFile(fileOf(a), 'utf8')
    const base = { clientId: a.clientId, agreementId: a.id, acknowledged: true }
    expect(
      await call('agreements:acknowledge', { ...base, version: 1, memberId: ids.nils }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'That person is not part of this agreement.' },
    })
    expect(
      await call('agreements:acknowledge', { ...base, version: 2, memberId: ids.zoe }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is no version 2 of this agreement.' },
    })
    expect(await readFile(fileOf(a), 'utf8')).toBe(before)
  })
})

describe('sessions and the list', () => {
  it('starts a comms workshop for the agreement with the given plan and the same people', async () => {
    const ids = await seed()
    const a = await create(ids)
    const plan = [
      { name: 'Preferences', prompt: 'Rate the channels', minutes: 5 },
      { name: 'Agree', prompt: 'Publish it', minutes: 2.5 },
    ]
    events.length = 0
    const w = value(
      await call('agreements:startSession', { clientId: a.clientId, agreementId: a.id, plan }),
    )
    expect(w).toMatchObject({ kind: 'comms', agreementId: a.id, clientId: a.clientId })
    expect(w.participants).toEqual(a.participants)
    expect(w.timer.phases.map((p) => [p.name, p.prompt, p.plannedMs])).toEqual([
      ['Preferences', 'Rate the channels', 5 * 60_000],
      ['Agree', 'Publish it', 2.5 * 60_000],
    ])
    const stored = value(
      await call('workshops:get', { clientId: a.clientId, workshopId: w.id }),
    ).workshop
    expect(stored).toEqual(w)
    expect(changedFor(ids.clientId)).toHaveLength(1)
  })

  it('lists summaries with the latest version and how many acknowledged it', async () => {
    const ids = await seed()
    const older = await create(ids, 'Older')
    tick(1)
    const newer = await create(ids, 'Newer')
    value(
      await call('agreements:publish', {
        clientId: older.clientId,
        agreementId: older.id,
        note: '',
      }),
    )
    value(
      await save(
        older,
        addChannel(older.terms, 'Slack', true, () => 'x'),
      ),
    )
    value(
      await call('agreements:publish', {
        clientId: older.clientId,
        agreementId: older.id,
        note: '',
      }),
    )
    for (const memberId of [ids.zoe, ids.ola])
      value(
        await call('agreements:acknowledge', {
          clientId: older.clientId,
          agreementId: older.id,
          version: 2,
          memberId,
          acknowledged: true,
        }),
      )
    const list = value(await call('agreements:list', { clientId: ids.clientId }))
    expect(list).toEqual([
      expect.objectContaining({
        id: newer.id,
        title: 'Newer',
        participantCount: 3,
        latestVersion: null,
        acknowledgedCount: 0,
        readOnly: false,
      }),
      expect.objectContaining({
        id: older.id,
        title: 'Older',
        participantCount: 3,
        latestVersion: 2,
        acknowledgedCount: 2,
        readOnly: false,
      }),
    ])
  })
})

describe('files the app cannot fully use', () => {
  it('opens an agreement from a newer app read-only and refuses to save it', async () => {
    const ids = await seed()
    const a = await create(ids)
    const newer = JSON.stringify({ ...a, schemaVersion: 2, somethingNew: { x: 1 } })
    await writeFile(fileOf(a), newer)

    const view = await get(a)
    expect(view.readOnly).toBe(true)
    expect(view.agreement.title).toBe(a.title)
    const [summary] = value(await call('agreements:list', { clientId: ids.clientId }))
    expect(summary).toMatchObject({ id: a.id, readOnly: true })

    expect(await save(a, a.terms)).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } })
    const publish = await call('agreements:publish', {
      clientId: a.clientId,
      agreementId: a.id,
      note: '',
    })
    expect(publish).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } })
    expect(await readFile(fileOf(a), 'utf8')).toBe(newer)
  })

  it('moves a truncated agreement file aside, says where, and keeps its bytes', async () => {
    const ids = await seed()
    const a = await create(ids)
    const path = fileOf(a)
    const whole = await readFile(path, 'utf8')
    const truncated = whole.slice(0, Math.floor(whole.length / 2))
    await writeFile(path, truncated)

    const r = await call('agreements:get', { clientId: a.clientId, agreementId: a.id })
    expect(r).toMatchObject({ ok: false, error: { code: 'IO' } })
    if (!r.ok) expect(r.error.message).toMatch(/could not be read .*moved aside to .*\.corrupt-/)
    expect(existsSync(path)).toBe(false)
    const aside = (await readdir(join(env.dataDir, 'agreements', a.clientId))).filter((n) =>
      n.startsWith(`${basename(path)}.corrupt-`),
    )
    expect(aside).toHaveLength(1)
    expect(await readFile(join(path, '..', aside[0]!), 'utf8')).toBe(truncated)
    if (!r.ok) expect(r.error.message).toContain(aside[0])
    expect(value(await call('agreements:list', { clientId: ids.clientId }))).toEqual([])
  })

  it('leaves a damaged file out of the list, moved aside rather than deleted', async () => {
    const ids = await seed()
    const good = await create(ids, 'Good')
    const bad = await create(ids, 'Bad')
    await writeFile(fileOf(bad), '\0\0\0\0')
    const list = value(await call('agreements:list', { clientId: ids.clientId }))
    expect(list.map((s) => s.id)).toEqual([good.id])
    const names = await readdir(join(env.dataDir, 'agreements', ids.clientId))
    expect(names.filter((n) => n.startsWith(`${bad.id}.json.corrupt-`))).toHaveLength(1)
    expect(names).not.toContain(`${bad.id}.json`)
  })
})

describe('printing the agreement', { timeout: 60_000 }, () => {
  it('writes a PDF of a published version and of the draft, and refuses a missing version', async () => {
    const ids = await seed()
    const a = await create(ids, 'Reach: us / them')
    value(
      await call('agreements:publish', { clientId: a.clientId, agreementId: a.id, note: 'Spring' }),
    )
    value(
      await call('agreements:acknowledge', {
        clientId: a.clientId,
        agreementId: a.id,
        version: 1,
        memberId: ids.zoe,
        acknowledged: true,
      }),
    )
    const job = { clientId: a.clientId, agreementId: a.id, pageSize: 'A4' as const, open: false }

    const v1 = value(await call('pdf:agreement', { ...job, version: 1 }))
    expect(v1.path).toBe(join(env.dataDir, 'exports', 'Ørsted & Co Reach us them v1.pdf'))
    expect(v1.pageCount).toBeGreaterThanOrEqual(1)
    qpdfCheck(v1.path!)
    const published = squash(allText(v1.path!))
    expect(published).toContain('Version 1 — Spring')
    for (const name of ['Zoë Šimková', 'Jürgen Größ', 'Ola Nordmann'])
      expect(published).toContain(name)

    const draft = value(await call('pdf:agreement', { ...job, version: null }))
    expect(draft.path).toBe(join(env.dataDir, 'exports', 'Ørsted & Co Reach us them draft.pdf'))
    qpdfCheck(draft.path!)
    expect(squash(allText(draft.path!))).toContain('Draft — not yet published')

    const missing = await call('pdf:agreement', { ...job, version: 2 })
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is no version 2 of this agreement.' },
    })
    expect((await readdir(join(env.dataDir, 'exports'))).sort()).toEqual([
      'Ørsted & Co Reach us them draft.pdf',
      'Ørsted & Co Reach us them v1.pdf',
    ])
  })
})
