import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../../electron/services/dispatch'
import { startTempCore } from '../../../support/temp-core'

describe('choosing the data folder', () => {
  let env: Awaited<ReturnType<typeof startTempCore>>
  beforeEach(async () => {
    env = await startTempCore()
  })
  afterEach(() => env.cleanup())

  it('copies the library into an empty folder, switches to it and remembers it', async () => {
    await dispatch(env.handlers, 'clients:create', { name: 'Moving Co' })
    const target = join(env.folder, 'synced')
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
})
