import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../../electron/services/dispatch'
import { startTempCore } from '../../../support/temp-core'

describe('choosing the data folder', () => {
  let env: Awaited<ReturnType<typeof startTempCore>>
  const useFolder = (path: string, copyCurrent = false) =>
    dispatch(env.handlers, 'library:useFolder', { path, copyCurrent })
  beforeEach(async () => {
    env = await startTempCore()
  })
  afterEach(() => env.cleanup())

  it('copies the library into an empty folder, switches to it and remembers it', async () => {
    await dispatch(env.handlers, 'clients:create', { name: 'Moving Co' })
    const target = join(env.folder, 'synced')
    await mkdir(target)
    const result = await dispatch(env.handlers, 'library:useFolder', {
      path: target,
      copyCurrent: true,
    })
    expect(result).toMatchObject({ ok: true, value: { dataDir: target, clientCount: 1 } })
    expect(env.core.settings.get().dataDir).toBe(target)
    const list = await dispatch(env.handlers, 'clients:list', {})
    expect(list).toMatchObject({ ok: true, value: [{ name: 'Moving Co' }] })
  })

  it('refuses to copy into a folder that already holds files, and changes nothing', async () => {
    const target = join(env.folder, 'busy')
    await mkdir(target)
    await writeFile(join(target, 'somebody-elses.txt'), 'x')
    const result = await dispatch(env.handlers, 'library:useFolder', {
      path: target,
      copyCurrent: true,
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(env.core.settings.get().dataDir).toBe(env.dataDir)
  })

  it('refuses a relative path', async () => {
    const result = await dispatch(env.handlers, 'library:useFolder', {
      path: 'relative/folder',
      copyCurrent: false,
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })

  it('refuses a folder that does not exist, a file, and a path inside the library it copies', async () => {
    const missing = join(env.folder, 'nowhere')
    expect(await useFolder(missing)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/does not exist/) },
    })
    await writeFile(join(env.folder, 'a-file'), '')
    expect(await useFolder(join(env.folder, 'a-file'))).toMatchObject({
      ok: false,
      error: { message: 'That is a file, not a folder.' },
    })
    const insideIt = join(env.dataDir, 'nested')
    await mkdir(insideIt)
    expect(await useFolder(insideIt, true)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/inside itself/) },
    })
    expect(env.core.settings.get().dataDir).toBe(env.dataDir)
  })

  it.each(['/proc/self', '/proc', '/sys/kernel', '/dev', '/dev/shm'])(
    'refuses the system folder %s at once',
    async (path) => {
      const started = Date.now()
      expect(await useFolder(path)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
      expect(Date.now() - started).toBeLessThan(5_000)
      expect(env.core.settings.get().dataDir).toBe(env.dataDir)
    },
  )

  it('in Electron, takes only the folder the picker returned', async () => {
    const picked = join(env.folder, 'picked')
    const other = join(env.folder, 'typed')
    await Promise.all([mkdir(picked), mkdir(other)])
    const electron = await startTempCore({
      pickFolder: async () => picked,
      pickedFoldersOnly: true,
    })
    try {
      const use = (path: string) =>
        dispatch(electron.handlers, 'library:useFolder', { path, copyCurrent: false })
      expect(await use(picked)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      await dispatch(electron.handlers, 'library:pickFolder', {})
      expect(await use(other)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(await use(picked)).toMatchObject({ ok: true, value: { dataDir: picked } })
    } finally {
      await electron.cleanup()
    }
  })
})
