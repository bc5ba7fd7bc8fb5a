import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type {
  FileWriter,
  PlannedWrite,
} from '../../../../electron/portability/write-all-or-nothing'
import {
  TargetChanged,
  WriteAbandoned,
  writeAllOrNothing,
} from '../../../../electron/portability/write-all-or-nothing'
import { fingerprint, writeFileDurable } from '../../../../electron/storage/durable-write'
import { snapshotFolder, tempDir } from '../../../support/temp-core'

let root = ''
beforeEach(async () => {
  root = await tempDir()
  await mkdir(join(root, 'clients'))
  await writeFile(join(root, 'clients', 'acme-01.json'), '{"v":"acme before"}\n')
  await writeFile(join(root, 'clients', 'bolt-02.json'), '{"v":"bolt before"}\n')
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

/** Replaces acme and bolt and adds a session for a third client, planned against the folder now. */
const plan = async (): Promise<PlannedWrite[]> => {
  const target = (rel: string, text: string) => ({ path: join(root, ...rel.split('/')), text })
  const writes = [
    target('workshops/cove-03/goals-01.json', '{"v":"cove session"}\n'),
    target('clients/acme-01.json', '{"v":"acme after"}\n'),
    target('clients/bolt-02.json', '{"v":"bolt after"}\n'),
  ]
  return Promise.all(
    writes.map(async (w) => ({
      ...w,
      expected: fingerprint(await readFile(w.path).catch(() => null)),
    })),
  )
}

const refusal = (attempt: Promise<void>) =>
  attempt.then(
    () => null,
    (e: unknown) => e,
  )

describe('writeAllOrNothing', () => {
  it('writes every file in the order given, folders included', async () => {
    const order: string[] = []
    const recording: FileWriter = async (path, text) => {
      order.push(path)
      await writeFileDurable(path, text)
    }
    const writes = await plan()
    await writeAllOrNothing(root, writes, recording)
    expect(order).toEqual(writes.map((w) => w.path))
    for (const w of writes) expect(await readFile(w.path, 'utf8')).toBe(w.text)
  })

  it('refuses before writing anything when a target was edited after planning', async () => {
    const writes = await plan()
    await writeFile(join(root, 'clients', 'bolt-02.json'), '{"v":"bolt edited meanwhile"}\n')
    const before = await snapshotFolder(root)
    const e = await refusal(writeAllOrNothing(root, writes))
    expect(e).toBeInstanceOf(TargetChanged)
    expect((e as TargetChanged).changedPath).toBe(join('clients', 'bolt-02.json'))
    expect(await snapshotFolder(root)).toEqual(before)
    expect(await readFile(join(root, 'clients', 'bolt-02.json'), 'utf8')).toContain('edited')
  })

  it('refuses when a file now exists that was missing when the change was planned', async () => {
    const writes = await plan()
    await mkdir(join(root, 'workshops', 'cove-03'), { recursive: true })
    await writeFile(join(root, 'workshops', 'cove-03', 'goals-01.json'), '{"v":"made here"}\n')
    const before = await snapshotFolder(root)
    expect(await refusal(writeAllOrNothing(root, writes))).toBeInstanceOf(TargetChanged)
    expect(await snapshotFolder(root)).toEqual(before)
  })

  it('stops when a target is saved while earlier files are written, and puts those back', async () => {
    const writes = await plan()
    const before = await snapshotFolder(root)
    const bolt = join(root, 'clients', 'bolt-02.json')
    const saveLandsMidway: FileWriter = async (path, text) => {
      if (path === writes[0]!.path) await writeFileDurable(bolt, '{"v":"bolt saved now"}\n')
      await writeFileDurable(path, text)
    }
    expect(await refusal(writeAllOrNothing(root, writes, saveLandsMidway))).toBeInstanceOf(
      TargetChanged,
    )
    // The save is kept; everything the change wrote before it is gone again.
    expect(await readFile(bolt, 'utf8')).toBe('{"v":"bolt saved now"}\n')
    const after = await snapshotFolder(root)
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort())
    expect(after[join('clients', 'acme-01.json')]).toBe(before[join('clients', 'acme-01.json')])
  })

  it('puts back what it wrote when a write fails, and says so', async () => {
    const writes = await plan()
    const before = await snapshotFolder(root)
    let calls = 0
    const failsSecond: FileWriter = async (path, text) => {
      if (++calls === 2) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' })
      await writeFileDurable(path, text)
    }
    const e = await refusal(writeAllOrNothing(root, writes, failsSecond))
    expect(e).toBeInstanceOf(WriteAbandoned)
    expect(e).toMatchObject({ reason: 'ENOSPC', rolledBack: true })
    expect(await snapshotFolder(root)).toEqual(before)
  })
})
