import { createHash } from 'node:crypto'
import { chmod, chown, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClientFile } from '../../../../shared/library/client'
import type { LibraryHealth } from '../../../../shared/library/library'
import { libraryPaths } from '../../../../electron/storage/library-paths'
import type { HostProcess } from '../../../support/host-process'
import { callHost, startHost } from '../../../support/host-process'
import { unprivilegedUser } from '../../../support/nobody'
import { tempDir } from '../../../support/temp-core'

const GOOD = 200
/** As root every file is readable: the host then runs as "nobody", so a mode of 000 means it. */
const unprivileged = unprivilegedUser()
const NOBODY = unprivileged.possible ? unprivileged.user : null
if (!unprivileged.possible) console.info(`bad-files: no locked client file, ${unprivileged.reason}`)

const at = '2026-11-23T09:00:00.000Z'
const client = (id: string, name: string): ClientFile => ({
  schemaVersion: 2,
  id,
  name,
  industry: 'Testing',
  notes: '',
  archived: false,
  createdAt: at,
  updatedAt: at,
  revision: 3,
  members: [{ id: `${id}-m1`, name: 'Ana', department: 'sales', role: '', email: '', phone: '' }],
})
const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n'
const goodId = (i: number) => `client-good-${String(i).padStart(4, '0')}`
const hash = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

/** The bad files, by client id (null: not a client); each is what a real folder can hold. */
const BAD: Record<string, { bytes: Buffer | 'folder'; kind: string }> = {
  'client-bom-00001': {
    bytes: Buffer.from('\uFEFF' + json(client('client-bom-00001', 'Byte Order Mark AG'))),
    kind: 'ok',
  },
  'client-folder-01': { bytes: 'folder', kind: 'unreadable' },
  ...(unprivileged.possible
    ? {
        'client-locked-01': {
          bytes: Buffer.from(json(client('client-locked-01', 'Locked Out Ltd'))),
          kind: 'unreadable',
        },
      }
    : {}),
  'client-empty-001': { bytes: Buffer.alloc(0), kind: 'corrupt' },
  'client-cut-00001': {
    bytes: Buffer.from(json(client('client-cut-00001', 'Cut Off GmbH')).slice(0, 90)),
    kind: 'corrupt',
  },
  'client-future-01': {
    bytes: Buffer.from(json({ ...client('client-future-01', 'Future SA'), schemaVersion: 9 })),
    kind: 'newer-version',
  },
}

describe('a data folder holding every kind of bad file beside 200 good clients', () => {
  let folder: string
  let host: HostProcess
  const before = new Map<string, string>()
  beforeAll(async () => {
    folder = await tempDir('smartketing-bad-files-')
    const paths = libraryPaths(join(folder, 'library'))
    await mkdir(paths.clients, { recursive: true })
    await mkdir(join(folder, 'settings'))
    for (let i = 0; i < GOOD; i++)
      await writeFile(paths.client(goodId(i)), json(client(goodId(i), `Good Client ${i}`)))
    await mkdir(paths.index)
    for (const [id, bad] of Object.entries(BAD)) {
      if (bad.bytes === 'folder') await mkdir(paths.client(id))
      else {
        await writeFile(paths.client(id), bad.bytes)
        before.set(id, hash(bad.bytes))
      }
    }
    if (NOBODY) {
      await chmod(folder, 0o755)
      const own = async (dir: string): Promise<void> => {
        await chown(dir, NOBODY.uid, NOBODY.gid)
        for (const e of await readdir(dir, { withFileTypes: true })) {
          if (e.isDirectory()) await own(join(dir, e.name))
          else await chown(join(dir, e.name), NOBODY.uid, NOBODY.gid)
        }
      }
      await own(join(folder, 'library'))
      await own(join(folder, 'settings'))
      await chown(paths.client('client-locked-01'), 0, 0)
    }
    if (unprivileged.possible) await chmod(paths.client('client-locked-01'), 0o000)
    host = await startHost(folder, {}, NOBODY ?? {})
  }, 120_000)
  afterAll(async () => {
    await host?.stop()
    await rm(folder, { recursive: true, force: true })
  })

  it('starts, names each bad file, and opens every good client', { timeout: 120_000 }, async () => {
    const health = await callHost(host, 'library:health', {})
    if (!health.ok) throw new Error(health.error.message)
    const { problems, readOnly } = health.value as LibraryHealth
    expect(readOnly).toBe(false)
    const named = new Map(problems.map((p) => [p.file, p]))
    expect(named.get('index.json')?.kind).toBe('index-rebuilt')
    for (const [id, bad] of Object.entries(BAD)) {
      const problem = named.get(`clients/${id}.json`)
      if (bad.kind === 'ok') expect(problem, id).toBeUndefined()
      else expect(problem?.kind, id).toBe(bad.kind)
    }
    expect(named.get('clients/client-folder-01.json')?.message).toMatch(/a folder is where/)
    if (unprivileged.possible)
      expect(named.get('clients/client-locked-01.json')?.message).toMatch(/not allowed to read it/)

    const list = await callHost(host, 'clients:list', {})
    if (!list.ok) throw new Error(list.error.message)
    const listed = new Map(
      (list.value as { id: string; readOnly: boolean }[]).map((c) => [c.id, c]),
    )
    for (let i = 0; i < GOOD; i++) {
      expect(listed.get(goodId(i))?.readOnly, goodId(i)).toBe(false)
      const opened = await callHost(host, 'clients:get', { clientId: goodId(i) })
      expect(opened, goodId(i)).toMatchObject({ ok: true, value: { client: { id: goodId(i) } } })
    }
    expect(listed.get('client-bom-00001')?.readOnly).toBe(false)
    expect(listed.get('client-future-01')?.readOnly).toBe(true)
    expect(listed.size).toBe(GOOD + 2)
  })

  it('changes none of the bad bytes: each is where it was, or moved aside whole', async () => {
    const paths = libraryPaths(join(folder, 'library'))
    const names = await readdir(paths.clients)
    for (const [id, print] of before) {
      const copies = names.filter((n) => n === `${id}.json` || n.startsWith(`${id}.json.corrupt-`))
      expect(copies, id).toHaveLength(1)
      expect(hash(await readFile(join(paths.clients, copies[0]!))), id).toBe(print)
    }
    expect((await readdir(paths.client('client-folder-01'))).length).toBe(0)
    expect((await readdir(paths.index)).length).toBe(0)
  })
})
