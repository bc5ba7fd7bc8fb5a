import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../../electron/services/dispatch'
import type { Channel, Input, Output } from '../../../../shared/api/contract'
import type { Result } from '../../../../shared/api/result'
import { startTempCore } from '../../../support/temp-core'

type Env = Awaited<ReturnType<typeof startTempCore>>
const call = async <K extends Channel>(env: Env, name: K, input: Input<K>) => {
  const r = (await dispatch(env.handlers, name, input)) as Result<Output<K>>
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value
}

const plan = [{ name: 'Goals', prompt: '', notes: '', minutes: 15 }]

describe('session files that cannot be read', () => {
  let env: Env
  let clientId: string
  const session = async (title: string) =>
    call(env, 'workshops:create', {
      clientId,
      kind: 'goals',
      title,
      scope: 'joint',
      participantIds: [memberId],
      managerId: null,
      plan,
    })
  let memberId: string
  beforeEach(async () => {
    env = await startTempCore()
    clientId = (await call(env, 'clients:create', { name: 'Nordlicht GmbH' })).id
    memberId = (
      await call(env, 'members:add', { clientId, member: { name: 'Ana', department: 'sales' } })
    ).id
  })
  afterEach(() => env.cleanup())

  it('lists the readable ones, names the others in the library’s health, and moves only damaged bytes', async () => {
    const kept = await session('Kept')
    const folder = await session('Folder in its place')
    const damaged = await session('Damaged')
    const paths = env.core.library.paths
    await rm(paths.workshop(clientId, folder.id))
    await mkdir(paths.workshop(clientId, folder.id))
    await writeFile(paths.workshop(clientId, damaged.id), '{"schemaVersion":3,"id":')

    const listed = await call(env, 'workshops:list', { clientId })
    expect(listed.map((w) => w.title)).toEqual(['Kept'])
    const health = await call(env, 'library:health', {})
    const byFile = new Map(health.problems.map((p) => [p.file, p]))
    expect(health.problems).toHaveLength(2)
    const inPlace = byFile.get(`workshops/${clientId}/${folder.id}.json`)
    const aside = byFile.get(`workshops/${clientId}/${damaged.id}.json`)
    expect(inPlace).toMatchObject({ kind: 'unreadable', clientId, movedTo: null })
    expect(inPlace?.message).toMatch(
      /^A workshop of “Nordlicht GmbH” .* could not be read: a folder is where the file should be \(EISDIR\)\. It was left as it is/,
    )
    expect(aside).toMatchObject({
      kind: 'corrupt',
      clientId,
      movedTo: expect.stringMatching(/\.corrupt-/),
    })
    expect(await readFile(aside!.movedTo!, 'utf8')).toBe('{"schemaVersion":3,"id":')
    const names = await readdir(paths.workshops(clientId))
    expect(names).toHaveLength(3)
    expect(names).toEqual(expect.arrayContaining([`${folder.id}.json`, `${kept.id}.json`]))
    expect(names.filter((n) => n.includes('.corrupt-'))).toHaveLength(1)

    const opened = await dispatch(env.handlers, 'workshops:get', {
      clientId,
      workshopId: folder.id,
    })
    expect(opened).toMatchObject({
      ok: false,
      error: { code: 'IO', message: expect.stringMatching(/file could not be read \(a folder/) },
    })
  })

  it('keeps a plan template from a newer app as it is, and refuses to replace it', async () => {
    const path = env.core.library.paths.templates
    const newer = JSON.stringify({
      schemaVersion: 4,
      goalWorkshop: [{ name: 'Future phase', prompt: '', minutes: 7 }],
      colours: ['teal'],
    })
    await writeFile(path, newer)
    // Read through today's schema: a phase without notes gets empty ones; the file stays as it was.
    expect(await call(env, 'templates:get', {})).toEqual([
      { name: 'Future phase', prompt: '', notes: '', minutes: 7 },
    ])
    const refused = await dispatch(env.handlers, 'templates:save', { plan })
    expect(refused).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } })
    expect(await readFile(path, 'utf8')).toBe(newer)
  })

  it('saves the plan template through the same checked path, and reads it back', async () => {
    expect(await call(env, 'templates:save', { plan })).toEqual(plan)
    expect(await call(env, 'templates:get', {})).toEqual(plan)
    const stored = JSON.parse(await readFile(env.core.library.paths.templates, 'utf8'))
    expect(stored).toEqual({ schemaVersion: 1, goalWorkshop: plan })
  })
})
