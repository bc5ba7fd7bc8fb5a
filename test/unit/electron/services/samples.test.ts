import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Channel, Input, Output } from '../../../../shared/api/contract'
import type { EventEnvelope } from '../../../../shared/api/events'
import type { Result } from '../../../../shared/api/result'
import { AgreementFile } from '../../../../shared/comms/agreement'
import { checkAgreement } from '../../../../shared/comms/checks'
import { trackedItems } from '../../../../shared/followup/items'
import { TrackerFile } from '../../../../shared/followup/tracker'
import { ClientFile } from '../../../../shared/library/client'
import { isSampleId } from '../../../../shared/library/samples'
import { boardDatesRefusal } from '../../../../shared/workshop/dates'
import { confirmBlocker } from '../../../../shared/workshop/board-rules'
import { WorkshopFile } from '../../../../shared/workshop/workshop'
import { dispatch } from '../../../../electron/services/dispatch'
import { openBackup } from '../../../../electron/storage/backups'
import { LibraryStore } from '../../../../electron/storage/library-store'
import { snapshotFolder, startTempCore } from '../../../support/temp-core'

type Env = Awaited<ReturnType<typeof startTempCore>>
let env: Env
const events: EventEnvelope[] = []
const NOW = new Date('2026-05-12T10:00:00.000Z')

beforeEach(async () => {
  env = await startTempCore({ now: () => NOW })
  events.length = 0
  env.core.onEvent((e) => events.push(e))
})
afterEach(() => env.cleanup())

const call = async <K extends Channel>(name: K, input: Input<K>) =>
  (await dispatch(env.handlers, name, input)) as Result<Output<K>>
const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value
}

/** The files on disk, read back and parsed by the real schemas: what a reopened app would see. */
const filesOf = async (clientId: string) => {
  const read = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as unknown
  const { paths } = env.core.library
  const client = ClientFile.parse(await read(paths.client(clientId)))
  const summaries = value(await call('workshops:list', { clientId }))
  const sessions = await Promise.all(
    summaries.map(async (s) => WorkshopFile.parse(await read(paths.workshop(clientId, s.id)))),
  )
  const [agreementSummary] = value(await call('agreements:list', { clientId }))
  const agreement = AgreementFile.parse(await read(paths.agreement(clientId, agreementSummary!.id)))
  const tracker = TrackerFile.parse(await read(paths.followupFile(clientId, 'tracker')))
  return { client, sessions, agreement, tracker }
}

/** The index lists the clients and is rewritten on every add or delete; the data files are what count. */
/** The data files a person works with: not the index cache, not the backups. */
const withoutIndex = (files: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(files).filter(([path]) => path !== 'index.json' && !path.startsWith('backups')),
  )

/** A real client a person typed in, named exactly like the sample, with a workshop of its own. */
const realLookalike = async () => {
  const client = value(await call('clients:create', { name: 'Sample: Nordwind Outdoor GmbH' }))
  const member = value(
    await call('members:add', {
      clientId: client.id,
      member: { name: 'Ana Souza', department: 'sales' },
    }),
  )
  value(
    await call('workshops:create', {
      clientId: client.id,
      kind: 'goals',
      title: 'Our own goals',
      scope: 'sales',
      participantIds: [member.id],
      managerId: null,
      plan: [{ name: 'Only', prompt: '', minutes: 15 }],
    }),
  )
  return client.id
}

describe('samples:create', () => {
  it('writes a complete, valid sample: team, finished workshop, published agreement, follow-up', async () => {
    const { clientId } = value(await call('samples:create', {}))
    expect(isSampleId(clientId)).toBe(true)
    const { client, sessions, agreement, tracker } = await filesOf(clientId)

    const count = (d: string) => client.members.filter((m) => m.department === d).length
    expect([count('sales'), count('marketing'), count('management')]).toEqual([3, 3, 1])

    const workshop = sessions.find((s) => s.kind === 'goals')!
    const { board } = workshop
    expect(workshop.timer.status).toBe('finished')
    expect(workshop.manager).not.toBeNull()
    expect(new Set(board.activities.map((a) => a.kind))).toEqual(
      new Set(['continue', 'stop', 'improve']),
    )
    expect(new Set(board.activities.map((a) => a.tag))).toEqual(
      new Set(['sales', 'marketing', 'joint']),
    )
    expect(board.activities.every((a) => a.ownerId && a.dueDate && a.proposedBy)).toBe(true)
    expect(board.goals).toHaveLength(2)
    for (const goal of board.goals) {
      expect(goal.confirmed).toBe(true)
      expect(confirmBlocker(goal, board)).toBeNull()
      expect(goal.begins && goal.ends && goal.begins < goal.ends).toBe(true)
    }
    expect(board.reviewDates.every((d) => d !== null)).toBe(true)
    // In order, and all between the goals' begin and end, as the console would demand.
    const undated = { ...board, reviewDates: [null, null, null, null] }
    expect(boardDatesRefusal(undated, board)).toBeNull()
    for (const p of workshop.participants)
      expect(board.commitments[p.memberId]?.committed).toBe(true)
    expect(Object.keys(board.support)).toHaveLength(7)

    const meeting = sessions.find((s) => s.kind === 'actions')!
    expect(meeting.timer.status).toBe('finished')
    expect(Object.values(meeting.meeting!.plans).every((p) => p.statedAt && p.plan)).toBe(true)

    expect(agreement.versions).toHaveLength(1)
    const acknowledged = Object.keys(agreement.versions[0]!.acknowledgements).length
    expect(acknowledged).toBeGreaterThan(agreement.participants.length / 2)
    expect(acknowledged).toBeLessThan(agreement.participants.length)
    expect(agreement.terms.channels.some((c) => !c.builtIn && c.inUse)).toBe(true)
    expect(agreement.terms.people.some((p) => p.weeklyOffGrid.length > 0)).toBe(true)
    expect(Object.keys(agreement.ratings)).toHaveLength(7)
    expect(checkAgreement({ ...agreement, terms: agreement.terms })).toEqual([])

    const keys = new Set(trackedItems(sessions, tracker.adjustments).map((i) => i.key))
    expect(tracker.updates.length).toBeGreaterThanOrEqual(2)
    expect(tracker.updates.every((u) => keys.has(u.itemKey))).toBe(true)
    expect(tracker.alignment).toHaveLength(1)

    expect(events).toContainEqual({
      name: 'data:changed',
      payload: { scope: 'library', clientId: null },
    })
  })

  it('opens again after a restart, and its sheets print without missing glyphs', async () => {
    const { clientId } = value(await call('samples:create', {}))
    await env.core.library.flush()
    const reopened = await LibraryStore.open(env.dataDir)
    expect(reopened.list().map((c) => c.id)).toEqual([clientId])
    expect(reopened.health().problems).toEqual([])
    const [workshop] = value(await call('workshops:list', { clientId })).filter(
      (w) => w.kind === 'goals',
    )
    const check = value(
      await call('pdf:check', { clientId, workshopId: workshop!.id, kind: 'all', memberId: null }),
    )
    expect(check.warnings).toEqual([])
  })

  it('returns the existing sample instead of writing a second, even on a double click', async () => {
    const [a, b] = await Promise.all([call('samples:create', {}), call('samples:create', {})])
    const again = value(await call('samples:create', {}))
    expect(value(a).clientId).toBe(value(b).clientId)
    expect(again.clientId).toBe(value(a).clientId)
    expect(value(await call('clients:list', {}))).toHaveLength(1)
    expect(value(await call('workshops:list', { clientId: again.clientId }))).toHaveLength(2)
  })
})

describe('samples:remove', () => {
  it('deletes every sample file and nothing else, even a real client with the same name', async () => {
    const realId = await realLookalike()
    await env.core.library.flush()
    const before = await snapshotFolder(env.dataDir)
    const { clientId } = value(await call('samples:create', {}))

    events.length = 0
    expect(value(await call('samples:remove', {}))).toEqual({ removed: 1 })
    await env.core.library.flush()

    const clients = value(await call('clients:list', {}))
    expect(clients.map((c) => c.id)).toEqual([realId])
    expect(value(await call('workshops:list', { clientId: realId }))).toHaveLength(1)
    const after = await snapshotFolder(env.dataDir)
    expect(Object.keys(after).filter((f) => f.includes(clientId))).toEqual([])
    expect(withoutIndex(after)).toEqual(withoutIndex(before))
    const backups = value(await call('backups:list', {}))
    expect(backups, 'a backup taken before the sample went').toHaveLength(1)
    const held = await openBackup(env.core.library.paths, backups[0]!.id)
    expect([...held.tree.keys()]).toContain(`clients/${clientId}.json`)
    expect(events).toContainEqual({
      name: 'data:changed',
      payload: { scope: 'library', clientId: null },
    })
    expect((await LibraryStore.open(env.dataDir)).list().map((c) => c.id)).toEqual([realId])
  })

  it('returns 0 when there is no sample, and touches nothing', async () => {
    await realLookalike()
    await env.core.library.flush()
    const before = await snapshotFolder(env.dataDir)
    expect(value(await call('samples:remove', {}))).toEqual({ removed: 0 })
    expect(await snapshotFolder(env.dataDir)).toEqual(before)
  })

  it('sweeps what an interrupted sample left behind, and a sample deleted the ordinary way', async () => {
    const { clientId } = value(await call('samples:create', {}))
    value(await call('clients:delete', { clientId }))
    const leftover = join(env.dataDir, 'workshops', 'sample-0a1b2c3d-leftover')
    await mkdir(leftover, { recursive: true })
    await writeFile(join(leftover, 'half-written.json'), '{}')

    expect(value(await call('samples:remove', {}))).toEqual({ removed: 0 })
    const files = Object.keys(await snapshotFolder(env.dataDir))
    expect(files.filter((f) => f.includes('sample-'))).toEqual([])
  })

  it('lets a new sample be made after the old one is gone', async () => {
    const first = value(await call('samples:create', {}))
    value(await call('samples:remove', {}))
    const second = value(await call('samples:create', {}))
    expect(second.clientId).not.toBe(first.clientId)
    expect(value(await call('clients:list', {})).map((c) => c.id)).toEqual([second.clientId])
  })
})
