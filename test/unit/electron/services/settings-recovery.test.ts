import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { confSettings } from '../../../../electron/host/conf-settings'
import { SettingsService } from '../../../../electron/services/settings-service'
import { tempDir } from '../../../support/temp-core'

const open = (dir: string) => {
  const file = confSettings(dir)
  return { ...file, service: new SettingsService(file.backend, '/default/library', file.problems) }
}

describe('opening the settings file', () => {
  let dir: string
  beforeEach(async () => {
    dir = await tempDir()
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('reads a file that starts with a byte-order mark', async () => {
    await writeFile(join(dir, 'settings.json'), '\uFEFF{"theme":"dark","dataDir":"/x/lib"}')
    const { service, problems } = open(dir)
    expect(problems).toEqual([])
    expect(service.get()).toMatchObject({ theme: 'dark', dataDir: '/x/lib' })
  })

  it('keeps the chosen data folder when another field is not valid (a newer app’s theme)', async () => {
    await writeFile(join(dir, 'settings.json'), '{"theme":"sepia","dataDir":"/synced/lib"}')
    const { service, problems } = open(dir)
    expect(problems).toEqual([])
    expect(service.get()).toMatchObject({ theme: 'light', dataDir: '/synced/lib' })
  })

  it('moves a damaged file aside, starts with the defaults and says so', async () => {
    await writeFile(join(dir, 'settings.json'), '{"theme": "da')
    const { service, problems } = open(dir)
    expect(service.get()).toMatchObject({ theme: 'light', dataDir: '/default/library' })
    expect(problems).toEqual([
      expect.objectContaining({
        kind: 'corrupt',
        file: 'settings.json',
        movedTo: expect.any(String),
      }),
    ])
    expect(problems[0]!.message).toMatch(/could not be read \(it is not valid JSON\)/)
    expect(await readFile(problems[0]!.movedTo!, 'utf8')).toBe('{"theme": "da')
    expect(service.update({ theme: 'dark' })).toMatchObject({ theme: 'dark' })
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toMatchObject({
      theme: 'dark',
    })
  })

  it('moves a folder in place of the file aside, whole', async () => {
    await mkdir(join(dir, 'settings.json'))
    await writeFile(join(dir, 'settings.json', 'inside.txt'), 'kept')
    const { problems } = open(dir)
    expect(problems[0]!.message).toMatch(/EISDIR/)
    expect(await readdir(problems[0]!.movedTo!)).toEqual(['inside.txt'])
  })

  it('keeps the settings in memory for this session when no file can be made there, and says so', async () => {
    await writeFile(join(dir, 'a-file'), '')
    const { service, problems } = open(join(dir, 'a-file'))
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'unreadable', file: 'settings.json' }),
    ])
    expect(problems[0]!.message).toMatch(/changes last until the app is closed/)
    expect(service.update({ theme: 'projector' }).theme).toBe('projector')
  })

  it('refuses a change the file does not take, in words, and keeps the previous settings', () => {
    const full = Object.assign(new Error('no space'), { code: 'ENOSPC', syscall: 'write' })
    const service = new SettingsService(
      {
        path: '/x/settings.json',
        read: () => ({}),
        write: () => {
          throw full
        },
      },
      '/default/library',
    )
    expect(() => service.update({ theme: 'dark' })).toThrow(
      expect.objectContaining({ code: 'IO', message: expect.stringMatching(/the disk is full/) }),
    )
    expect(service.get().theme).toBe('light')
  })
})
