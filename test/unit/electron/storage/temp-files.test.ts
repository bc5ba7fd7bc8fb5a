import { spawn } from 'node:child_process'
import { mkdir, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { libraryPaths } from '../../../../electron/storage/library-paths'
import {
  HOST_TAG,
  removeDeadTempFiles,
  sweepLibraryTempFiles,
  tempPathFor,
} from '../../../../electron/storage/temp-files'
import { tempDir } from '../../../support/temp-core'

const exitedPid = () =>
  new Promise<number>((resolve) => {
    const child = spawn(process.execPath, ['-e', ''])
    child.once('exit', () => resolve(child.pid!))
  })

describe('temp-file sweeps', () => {
  let dir: string
  beforeEach(async () => {
    dir = await tempDir()
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('name the computer and process that writes them', () => {
    const name = tempPathFor(join(dir, 'c.json')).slice(dir.length + 1)
    expect(name).toMatch(
      new RegExp(`^\\.c\\.json\\.${HOST_TAG}-${process.pid}\\.[0-9a-f]{12}\\.tmp$`),
    )
  })

  it('remove only temp files of processes that are gone, in every folder of the library', async () => {
    const paths = libraryPaths(dir)
    const dead = await exitedPid()
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'])
    try {
      const sessions = paths.workshops('client-abc-0001')
      await mkdir(sessions, { recursive: true })
      await mkdir(paths.clients, { recursive: true })
      const files = {
        deadSession: join(sessions, `.w1.json.${HOST_TAG}-${dead}.0123456789ab.tmp`),
        deadOldForm: join(paths.clients, `.c1.json.${dead}.0123456789ab.tmp`),
        liveOther: join(paths.clients, `.c2.json.${HOST_TAG}-${live.pid}.0123456789ab.tmp`),
        liveOwn: join(dir, `.index.json.${HOST_TAG}-${process.pid}.0123456789ab.tmp`),
        otherComputerNew: join(dir, `.templates.json.00000000-${dead}.0123456789ab.tmp`),
        otherComputerOld: join(sessions, `.w2.json.00000000-${dead}.0123456789ab.tmp`),
        notOurs: join(sessions, 'notes.tmp'),
      }
      for (const path of Object.values(files)) await writeFile(path, 'half')
      const hoursAgo = new Date(Date.now() - 2 * 3600_000)
      await utimes(files.otherComputerOld, hoursAgo, hoursAgo)

      expect(await sweepLibraryTempFiles(paths)).toBe(3)
      const left = [
        ...(await readdir(dir)),
        ...(await readdir(paths.clients)),
        ...(await readdir(sessions)),
      ]
      for (const kept of ['liveOther', 'liveOwn', 'otherComputerNew', 'notOurs'] as const)
        expect(left).toContain(files[kept].split('/').pop())
      for (const gone of ['deadSession', 'deadOldForm', 'otherComputerOld'] as const)
        expect(left).not.toContain(files[gone].split('/').pop())
    } finally {
      live.kill()
    }
  })

  it('leave a folder that cannot be listed alone', async () => {
    expect(await removeDeadTempFiles(join(dir, 'missing'))).toBe(0)
  })
})
