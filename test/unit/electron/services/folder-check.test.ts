import { mkdir, readdir, rm, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkDataFolder, withTimeLimit } from '../../../../electron/services/folder-check'
import { tempDir } from '../../../support/temp-core'

describe('checkDataFolder', () => {
  let dir: string
  beforeEach(async () => {
    dir = await tempDir()
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('accepts a writable folder, leaves nothing behind, and answers with its real path', async () => {
    const folder = join(dir, 'library')
    await mkdir(folder)
    await symlink(folder, join(dir, 'link'))
    expect(await checkDataFolder(join(dir, 'link'), { forbidden: [] })).toBe(folder)
    expect(await readdir(folder)).toEqual([])
  })

  it('refuses the app’s own install folder, also through a link into it', async () => {
    const install = join(dir, 'install')
    await mkdir(join(install, 'resources'), { recursive: true })
    await symlink(join(install, 'resources'), join(dir, 'looks-harmless'))
    await expect(
      checkDataFolder(join(dir, 'looks-harmless'), { forbidden: [install] }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/the app itself/),
    })
  })

  it('refuses a relative path', async () => {
    await expect(checkDataFolder('library', { forbidden: [] })).rejects.toMatchObject({
      code: 'VALIDATION',
    })
  })
})

describe('withTimeLimit', () => {
  it('answers with the refusal when the work does not finish in time', async () => {
    const never = new Promise<string>(() => undefined)
    const started = Date.now()
    await expect(withTimeLimit(never, 50, () => new Error('too slow'))).rejects.toThrow('too slow')
    expect(Date.now() - started).toBeLessThan(2_000)
    await expect(withTimeLimit(Promise.resolve('done'), 50, () => new Error('x'))).resolves.toBe(
      'done',
    )
  })
})
