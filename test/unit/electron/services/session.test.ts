import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Channel, Input, Output } from '../../../../shared/api/contract'
import type { EventEnvelope } from '../../../../shared/api/events'
import type { Result } from '../../../../shared/api/result'
import { AppFailure } from '../../../../shared/api/result'
import { boardPatch } from '../../../../shared/workshop/board-patch'
import { phaseRemainingMs } from '../../../../shared/workshop/timer'
import type { Board } from '../../../../shared/workshop/workshop'
import { emptyBoard } from '../../../../shared/workshop/workshop'
import { dispatch } from '../../../../electron/services/dispatch'
import { startTempCore } from '../../../support/temp-core'

const MIN = 60_000
let env: Awaited<ReturnType<typeof startTempCore>>
let wall: number
let mono: number
let events: EventEnvelope[]

beforeEach(async () => {
  wall = Date.UTC(2026, 2, 2, 9)
  mono = 1_000
  env = await startTempCore({ now: () => new Date(wall), monotonicNow: () => mono })
  events = []
  env.core.onEvent((e) => events.push(e))
})
afterEach(() => env.cleanup())

const pass = (ms: number) => void ((wall += ms), (mono += ms))
const call = async <K extends Channel>(name: K, input: Input<K>) => {
  const r = (await dispatch(env.handlers, name, input)) as Result<Output<K>>
  if (!r.ok)
    throw new Error(`${name} ${r.error.code}: ${r.error.message} ${JSON.stringify(r.error.issues)}`)
  return r.value
}
const refusal = async <K extends Channel>(name: K, input: Input<K>) => {
  const r = await dispatch(env.handlers, name, input)
  if (r.ok) throw new Error('expected a refusal')
  return r.error.message
}

const seed = async (scope: 'sales' | 'joint' = 'sales') => {
  const { id: clientId } = await call('clients:create', { name: 'Nordlicht Media' })
  const add = async (name: string, department: 'sales' | 'marketing' | 'management') =>
    (await call('members:add', { clientId, member: { name, department } })).id
  const ana = await add('Ana Souza', 'sales')
  await add('Chloé Martin', 'marketing')
  await add('Dmitri Volkov', 'marketing')
  const eva = await add('Eva Lind', 'management')
  const w = await call('workshops:create', {
    clientId,
    title: 'Sales goals',
    scope,
    participantIds: [ana],
    managerId: eva,
    plan: [
      { name: 'Purpose', prompt: 'Why', notes: 'Hand out the sheets', minutes: 1 },
      { name: 'Activities', prompt: 'What', minutes: 5 },
    ],
  })
  return { ids: { clientId, workshopId: w.id }, ana }
}

describe('the session clock in the main process', () => {
  it('gives no time back when the wall clock is set back 10 minutes between two key presses', async () => {
    const { ids } = await seed()
    await call('session:control', { ...ids, action: 'start' })
    pass(40_000)
    wall -= 10 * MIN
    pass(5_000)
    const paused = await call('session:control', { ...ids, action: 'pause' })
    expect(paused.timer.phases[0]!.spentMs).toBe(45_000)
    const reading = await call('session:clock', ids)
    expect(reading.jumps).toEqual([expect.objectContaining({ kind: 'back', ms: 10 * MIN })])
    expect(phaseRemainingMs(paused.timer, reading.now)).toBe(15_000)
  })

  it('counts a sleep as time that passed', async () => {
    const { ids } = await seed()
    await call('session:control', { ...ids, action: 'start' })
    wall += 20 * MIN
    const after = await call('session:control', { ...ids, action: 'pause' })
    expect(after.timer.phases[0]!.spentMs).toBe(20 * MIN)
    expect((await call('session:clock', {})).jumps.map((j) => j.kind)).toEqual(['forward'])
  })
})

describe('what the projector follows', () => {
  it('blackens with B and whitens with W, and the same key shows the board again', async () => {
    const { ids } = await seed()
    const tones: string[] = []
    env.core.onEvent((e) => e.name === 'session:stage' && tones.push(e.payload.stage.blankTone))
    const blank = async (action: 'toggleBlank' | 'toggleWhite') =>
      (await call('session:control', { ...ids, action })).audienceBlanked
    expect(await blank('toggleBlank')).toBe(true)
    expect(await blank('toggleWhite')).toBe(true)
    expect(env.core.stage.stage(ids.workshopId).blankTone).toBe('white')
    expect(await blank('toggleWhite')).toBe(false)
    expect(await blank('toggleWhite')).toBe(true)
    expect(await blank('toggleBlank')).toBe(true)
    expect(await blank('toggleBlank')).toBe(false)
    expect(tones).toEqual(['white', 'black'])
  })

  it('starts each phase on its first page with nothing in the spotlight', async () => {
    const { ids, ana } = await seed()
    await call('session:cue', { ...ids, cue: { type: 'page', by: 1 } })
    await call('session:cue', {
      ...ids,
      cue: { type: 'spotlight', item: { kind: 'goal', id: ana } },
    })
    expect(env.core.stage.stage(ids.workshopId)).toMatchObject({
      page: 1,
      spotlight: { kind: 'goal' },
    })
    await call('session:control', { ...ids, action: 'next' })
    expect(env.core.stage.stage(ids.workshopId)).toMatchObject({ page: 0, spotlight: null })
  })

  it('switches to the session the console opens, and to an idle screen for another client', async () => {
    const { ids: a } = await seed()
    const onAir = () => events.filter((e) => e.name === 'session:onAir').length
    expect(await call('session:onAir', {})).toBeNull()
    expect(
      await call('session:follow', { clientId: a.clientId, workshopId: a.workshopId }),
    ).toMatchObject({ workshopId: a.workshopId, clientName: 'Nordlicht Media' })
    // The client's own page mid-session keeps the session on the projector.
    await call('session:follow', { clientId: a.clientId, workshopId: null })
    expect((await call('session:onAir', {}))?.workshopId).toBe(a.workshopId)
    expect(onAir()).toBe(1)
    const { id: other } = await call('clients:create', { name: 'Other GmbH' })
    await call('session:follow', { clientId: other, workshopId: null })
    expect(await call('session:onAir', {})).toMatchObject({
      clientName: 'Other GmbH',
      workshopId: null,
    })
    expect(onAir()).toBe(2)
    await call('clients:delete', { clientId: other })
    expect(await call('session:onAir', {})).toBeNull()
    expect(onAir()).toBe(3)
  })

  it('passes a live board on at once, keeps the newest, and drops it once a save covers it', async () => {
    const { ids, ana } = await seed()
    const board = (n: number): Board => ({ ...emptyBoard(), calledMemberId: n ? ana : null })
    const live = (seq: number) =>
      call('session:live', {
        ...ids,
        stamp: { source: 'console-a', seq },
        content: { kind: 'board', board: board(seq) },
      })
    await live(2)
    await live(1)
    expect(events.filter((e) => e.name === 'session:live')).toHaveLength(1)
    expect((await call('session:follow', { ...ids }))?.live?.stamp.seq).toBe(2)
    await call('workshops:saveBoard', {
      ...ids,
      board: board(2),
      stamp: { source: 'console-a', seq: 2 },
    })
    expect((await call('session:onAir', {}))?.live).toBeNull()
    const changed = events.findLast((e) => e.name === 'session:changed')
    expect(changed?.payload).toMatchObject({ stamp: { seq: 2 }, workshop: { id: ids.workshopId } })
  })

  it('takes a board change as a patch to the board sent before it, and asks for the board otherwise', async () => {
    const { ids, ana } = await seed()
    const before: Board = { ...emptyBoard(), calledMemberId: ana }
    const after: Board = { ...before, calledMemberId: null }
    const patch = (base: number, seq: number) =>
      call('session:live', {
        ...ids,
        stamp: { source: 'console-a', seq },
        content: { kind: 'boardPatch', base, patch: boardPatch(before, after) },
      })
    // Nothing to build on yet: the console is asked for its board, and nothing is projected.
    expect(await patch(0, 1)).toEqual({ needsBoard: true })
    expect(events.filter((e) => e.name === 'session:live')).toHaveLength(0)
    const whole = { kind: 'board' as const, board: before }
    await call('session:live', { ...ids, stamp: { source: 'console-a', seq: 1 }, content: whole })
    // A save in between does not lose the board the next change builds on.
    await call('workshops:saveBoard', {
      ...ids,
      board: before,
      stamp: { source: 'console-a', seq: 1 },
    })
    expect(await patch(1, 2)).toEqual({})
    const projected = events.findLast((e) => e.name === 'session:live')
    expect(projected?.payload).toEqual({
      ...ids,
      stamp: { source: 'console-a', seq: 2 },
      content: { kind: 'board', board: after },
    })
    // A change made to another board than the one held (seq 1, not 2), or from another window.
    expect(await patch(1, 3)).toEqual({ needsBoard: true })
    const other = await call('session:live', {
      ...ids,
      stamp: { source: 'console-b', seq: 3 },
      content: { kind: 'boardPatch', base: 2, patch: boardPatch(before, after) },
    })
    expect(other).toEqual({ needsBoard: true })
    expect(events.filter((e) => e.name === 'session:live')).toHaveLength(2)
  })
})

describe('a key press reaches the projector before the disk', () => {
  const onDisk = (ids: { clientId: string; workshopId: string }) =>
    (
      JSON.parse(
        readFileSync(
          join(env.dataDir, 'workshops', ids.clientId, `${ids.workshopId}.json`),
          'utf8',
        ),
      ) as { revision: number }
    ).revision

  it('announces a pause once, with the revision its file is about to get', async () => {
    const { ids } = await seed()
    await call('session:control', { ...ids, action: 'start' })
    const heard: { revision: number; status?: string; disk: number }[] = []
    env.core.onEvent((e) => {
      if (e.name === 'session:changed')
        heard.push({
          revision: e.payload.revision,
          status: e.payload.workshop?.timer.status,
          disk: onDisk(ids),
        })
    })
    const saved = await call('session:control', { ...ids, action: 'pause' })
    expect(heard).toEqual([
      { revision: saved.revision, status: 'paused', disk: saved.revision - 1 },
    ])
    expect(onDisk(ids)).toBe(saved.revision)
  })

  it('takes the announcement back when the file cannot be written', async () => {
    const { ids } = await seed()
    const before = onDisk(ids)
    // The store computes the change, then the write fails (a full disk, a pulled USB stick).
    const store = env.core.workshops
    const update = store.update.bind(store)
    vi.spyOn(store, 'update').mockImplementationOnce((clientId, id, change) =>
      update(clientId, id, (w) => {
        change(w)
        throw new AppFailure('IO', 'The disk is full.')
      }),
    )
    const r = await dispatch(env.handlers, 'session:control', { ...ids, action: 'start' })
    expect(r.ok).toBe(false)
    const heard = events
      .filter((e) => e.name === 'session:changed')
      .map((e) => e.payload.workshop?.timer.status)
    expect(heard).toEqual(['running', 'ready'])
    expect(onDisk(ids)).toBe(before)
  })
})

describe('dates on the saved board', () => {
  it('refuses reviews out of order, and a goal that ends before it begins', async () => {
    const { ids } = await seed()
    const reviews = ['2027-02-01', '2027-01-01', null, null]
    expect(
      await refusal('workshops:saveBoard', {
        ...ids,
        board: { ...emptyBoard(), reviewDates: reviews },
      }),
    ).toMatch(/first review must come before the second \(2027-01-01\)/)
    const goal = {
      id: ids.workshopId,
      title: 'G',
      criteria: 'C',
      begins: '2027-03-01',
      ends: '2027-01-31',
      activityIds: [],
      confirmed: false,
    }
    expect(
      await refusal('workshops:saveBoard', { ...ids, board: { ...emptyBoard(), goals: [goal] } }),
    ).toMatch(/ends on or after the day it begins/)
  })
})

describe('run it for the other department', () => {
  it('creates the other team’s session from this one’s plan, notes included', async () => {
    const { ids } = await seed('sales')
    const next = await call('workshops:runForOtherTeam', ids)
    expect(next).toMatchObject({
      scope: 'marketing',
      title: 'Sales goals — Marketing',
      kind: 'goals',
    })
    expect(next.participants.map((p) => p.name)).toEqual(['Chloé Martin', 'Dmitri Volkov'])
    expect(next.manager?.name).toBe('Eva Lind')
    expect(next.timer.phases.map((p) => [p.name, p.plannedMs, p.notes])).toEqual([
      ['Purpose', MIN, 'Hand out the sheets'],
      ['Activities', 5 * MIN, ''],
    ])
  })

  it('has nothing to run again after a joint session', async () => {
    const { ids } = await seed('joint')
    expect(await refusal('workshops:runForOtherTeam', ids)).toMatch(/one department/)
  })
})
