import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { clientFileKind } from '../../../../shared/library/client-file'
import type { FileKind } from '../../../../shared/library/migrations'
import { migrate } from '../../../../shared/library/migrations'
import { agreementFileKind } from '../../../../shared/comms/agreement-file'
import { workshopFileKind } from '../../../../shared/workshop/workshop-file'
import { trackerFileKind } from '../../../../shared/followup/tracker-file'

const fixtureDir = (kind: string) => join(import.meta.dirname, '../../../fixtures', kind)
const versionsIn = (dir: string) =>
  readdirSync(dir)
    .flatMap((f) => /^v(\d+)\.json$/.exec(f)?.[1] ?? [])
    .map(Number)
const loadFixture = (dir: string, v: number): unknown =>
  JSON.parse(readFileSync(join(dir, `v${v}.json`), 'utf8'))

/** Every kind of file the app writes: a fixture per version ever written, upgraded idempotently. */
const KINDS: [string, FileKind<{ schemaVersion: number }>][] = [
  ['client', clientFileKind],
  ['workshop', workshopFileKind],
  ['agreement', agreementFileKind],
  ['tracker', trackerFileKind],
]

for (const [folder, kind] of KINDS) {
  const dir = fixtureDir(folder)
  const fixtureVersions = versionsIn(dir)
  describe(`${folder} file migrations`, () => {
    it('has a fixture for every version the app has ever written', () => {
      const versions = Array.from({ length: kind.currentVersion }, (_, i) => i + 1)
      expect(fixtureVersions.sort()).toEqual(versions)
    })

    for (const v of fixtureVersions) {
      it(`upgrades the version ${v} fixture to a valid current file, idempotently`, () => {
        const once = migrate(kind, loadFixture(dir, v))
        expect(once.status).toBe('current')
        if (once.status !== 'current') return
        expect(once.fromVersion).toBe(v)
        expect(once.data.schemaVersion).toBe(kind.currentVersion)
        const twice = migrate(kind, once.data)
        expect(twice).toEqual({
          status: 'current',
          data: once.data,
          fromVersion: kind.currentVersion,
        })
      })
    }

    it('refuses a file from a newer version without touching it', () => {
      const raw = { ...(loadFixture(dir, 1) as object), schemaVersion: kind.currentVersion + 1 }
      const copy = structuredClone(raw)
      expect(migrate(kind, raw)).toEqual({ status: 'newer', fromVersion: kind.currentVersion + 1 })
      expect(raw).toEqual(copy)
    })
  })
}

describe('client files', () => {
  const dir = fixtureDir('client')
  it('calls a file without a version, or failing its schema, invalid', () => {
    expect(migrate(clientFileKind, { name: 'x' }).status).toBe('invalid')
    expect(migrate(clientFileKind, [1, 2]).status).toBe('invalid')
    expect(
      migrate(clientFileKind, { ...(loadFixture(dir, 1) as object), members: 'none' }),
    ).toMatchObject({ status: 'invalid', reason: expect.stringContaining('members') })
  })
})

describe('workshop files', () => {
  it('reads every version 1 workshop as a goal workshop with its board intact', () => {
    const v1 = loadFixture(fixtureDir('workshop'), 1) as { board: unknown }
    const r = migrate(workshopFileKind, v1)
    expect(r).toMatchObject({ status: 'current', data: { kind: 'goals', agreementId: null } })
    if (r.status === 'current') expect(r.data.board).toEqual(v1.board)
  })
})

describe('workshop files, version 4', () => {
  it('gives every phase of an earlier session empty facilitator notes and changes nothing else', () => {
    const v3 = loadFixture(fixtureDir('workshop'), 3) as { timer: { phases: object[] } }
    const r = migrate(workshopFileKind, v3)
    expect(r.status).toBe('current')
    if (r.status !== 'current') return
    expect(r.data.timer.phases.map((p) => p.notes)).toEqual(v3.timer.phases.map(() => ''))
    const { phases, ...rest } = r.data.timer
    expect({ ...rest, phases: phases.map(({ notes: _, ...p }) => p) }).toEqual(v3.timer)
  })

  it('keeps the notes of a version 4 file as written', () => {
    const v4 = loadFixture(fixtureDir('workshop'), 4) as { timer: { phases: { notes: string }[] } }
    const r = migrate(workshopFileKind, v4)
    if (r.status !== 'current') throw new Error(r.status)
    expect(r.data.timer.phases.map((p) => p.notes)).toEqual(v4.timer.phases.map((p) => p.notes))
  })
})

describe('the migration runner', () => {
  const kind: FileKind<{ schemaVersion: number; full: string }> = {
    label: 'Test file',
    currentVersion: 3,
    migrations: [
      { to: 2, up: (d) => ({ ...d, first: String(d['name']).split(' ')[0] }) },
      { to: 3, up: (d) => ({ full: `${String(d['first'])}!` }) },
    ],
    schema: z.object({ schemaVersion: z.literal(3), full: z.string() }).strict(),
  }

  it('applies the steps in order from the stored version', () => {
    expect(migrate(kind, { schemaVersion: 1, name: 'Ada Lovelace' })).toEqual({
      status: 'current',
      data: { schemaVersion: 3, full: 'Ada!' },
      fromVersion: 1,
    })
    expect(migrate(kind, { schemaVersion: 2, first: 'Grace' })).toMatchObject({
      data: { full: 'Grace!' },
      fromVersion: 2,
    })
  })

  it('reports a missing step instead of skipping it', () => {
    const gap = { ...kind, migrations: [kind.migrations[1]!] }
    expect(migrate(gap, { schemaVersion: 1, name: 'A' })).toEqual({
      status: 'invalid',
      reason: 'No migration to version 2',
    })
  })
})

describe('client files, version 2', () => {
  it('starts the save count of an earlier client at zero and keeps everything else', () => {
    const v1 = loadFixture(fixtureDir('client'), 1) as Record<string, unknown>
    const r = migrate(clientFileKind, v1)
    expect(r).toMatchObject({ status: 'current', data: { schemaVersion: 2, revision: 0 } })
    if (r.status === 'current')
      expect({ ...r.data, schemaVersion: 1, revision: undefined }).toEqual({
        ...v1,
        revision: undefined,
      })
  })
})
