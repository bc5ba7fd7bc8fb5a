import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  FileChangedOnDisk,
  fingerprint,
  writeFileDurable,
} from '../../../../electron/storage/durable-write'
import { moveAside } from '../../../../electron/storage/move-aside'
import { tempDir } from '../../../support/temp-core'

describe('durable writes', () => {
  let dir: string
  beforeEach(async () => {
    dir = await tempDir()
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('writes exactly the text, creating the folder, and leaves no temp file', async () => {
    const path = join(dir, 'a', 'b', 'file.json')
    await writeFileDurable(path, 'Zażółć gęślą jaźń 🙂\n')
    expect(await readFile(path, 'utf8')).toBe('Zażółć gęślą jaźń 🙂\n')
    expect(await readdir(join(dir, 'a', 'b'))).toEqual(['file.json'])
  })

  it('lands concurrent writes to one path in call order, so the last call wins', async () => {
    const path = join(dir, 'race.json')
    await Promise.all(Array.from({ length: 25 }, (_, i) => writeFileDurable(path, `{"n":${i}}`)))
    expect(await readFile(path, 'utf8')).toBe('{"n":24}')
    expect(await readdir(dir)).toEqual(['race.json'])
  })

  it('fails cleanly, leaves the old file whole and no temp file behind', async () => {
    const path = join(dir, 'keep.json')
    await writeFileDurable(path, 'old')
    await mkdir(join(dir, 'blocked.json'))
    await expect(writeFileDurable(join(dir, 'blocked.json'), 'x')).rejects.toThrow()
    await writeFile(join(dir, 'not-a-folder'), '')
    await expect(writeFileDurable(join(dir, 'not-a-folder', 'x.json'), 'x')).rejects.toThrow()
    expect(await readFile(path, 'utf8')).toBe('old')
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('writes over the expected bytes only, and refuses once the file changed', async () => {
    const path = join(dir, 'doc.json')
    await writeFileDurable(path, 'v1', { expected: null })
    const seen = fingerprint(Buffer.from('v1'))
    await writeFile(path, 'changed elsewhere')
    const refused = await writeFileDurable(path, 'v2', { expected: seen }).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(FileChangedOnDisk)
    expect(await readFile(path, 'utf8')).toBe('changed elsewhere')
    await writeFileDurable(path, 'v3', { expected: fingerprint(Buffer.from('changed elsewhere')) })
    expect(await readFile(path, 'utf8')).toBe('v3')
    await expect(writeFileDurable(path, 'v4', { expected: null })).rejects.toBeInstanceOf(
      FileChangedOnDisk,
    )
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })
})

describe('moveAside', () => {
  let dir: string
  beforeEach(async () => {
    dir = await tempDir()
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('renames, never overwrites an earlier copy and never deletes', async () => {
    const path = join(dir, 'c.json')
    const when = new Date('2026-11-23T10:15:00Z')
    await writeFile(path, 'first')
    const one = await moveAside(path, when)
    await writeFile(path, 'second')
    const two = await moveAside(path, when)
    expect(one).toBe(`${path}.corrupt-20261123T101500Z`)
    expect(two).toBe(`${path}.corrupt-20261123T101500Z-2`)
    expect(await readFile(one, 'utf8')).toBe('first')
    expect(await readFile(two, 'utf8')).toBe('second')
    expect((await readdir(dir)).sort()).toEqual([
      'c.json.corrupt-20261123T101500Z',
      'c.json.corrupt-20261123T101500Z-2',
    ])
  })
})
