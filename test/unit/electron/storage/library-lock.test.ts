import { spawn } from 'node:child_process'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LibraryLock } from '../../../../electron/storage/library-lock'
import type { LockRecord } from '../../../../electron/storage/lock-file'
import { lockText, newLockRecord } from '../../../../electron/storage/lock-file'
import { tempDir } from '../../../support/temp-core'

const fast = { appVersion: '9.9.9', heartbeatMs: 40, staleMs: 5_000 }

/** A lock as another running copy of the app would have written it. */
const foreignLock = (overrides: Partial<LockRecord> = {}): LockRecord => ({
  ...newLockRecord('1.2.3', Date.now()),
  host: 'meeting-room-laptop',
  ...overrides,
})

/** The pid of a process that has exited: a lock it left names no running program. */
const deadPid = () =>
  new Promise<number>((resolve) => {
    const child = spawn(process.execPath, ['-e', ''])
    child.once('exit', () => resolve(child.pid!))
  })

describe('LibraryLock', () => {
  let dir: string
  let path: string
  const locks: LibraryLock[] = []
  const acquire = async (options = fast, onChange?: () => void) => {
    const lock = await LibraryLock.acquire(path, options, onChange)
    locks.push(lock)
    return lock
  }
  beforeEach(async () => {
    dir = await tempDir()
    path = join(dir, '.smartketing-lock.json')
  })
  afterEach(async () => {
    await Promise.all(locks.splice(0).map((l) => l.release()))
    await rm(dir, { recursive: true, force: true })
  })

  it('is taken by the first process, and names its pid, computer, version and heartbeat', async () => {
    const lock = await acquire()
    expect(lock.writable).toBe(true)
    expect(lock.readOnlyMessage).toBeNull()
    const record = JSON.parse(await readFile(path, 'utf8')) as LockRecord
    expect(record).toMatchObject({ pid: process.pid, host: hostname(), appVersion: '9.9.9' })
    expect(Date.parse(record.heartbeatAt)).toBeGreaterThan(Date.now() - 5_000)
    await lock.release()
    await expect(readFile(path)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('leaves a second process read-only, saying who holds the library', async () => {
    await writeFile(path, lockText(foreignLock()))
    const lock = await acquire()
    expect(lock.writable).toBe(false)
    expect(lock.readOnlyMessage).toMatch(
      /Smartketing Workshop 1\.2\.3 on the computer “meeting-room-laptop”/,
    )
    expect(() => lock.assertWritable()).toThrow(expect.objectContaining({ code: 'READ_ONLY' }))
    await lock.release()
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ host: 'meeting-room-laptop' })
  })

  it('takes over a lock left by a process of this computer that was killed', async () => {
    await writeFile(path, lockText(foreignLock({ host: hostname(), pid: await deadPid() })))
    const lock = await acquire()
    expect(lock.writable).toBe(true)
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ pid: process.pid })
  })

  it('takes over a lock whose heartbeat stopped, and one from before the computer restarted', async () => {
    const old = new Date(Date.now() - 60_000).toISOString()
    await writeFile(path, lockText(foreignLock({ heartbeatAt: old })))
    expect((await acquire()).writable).toBe(true)
    await Promise.all(locks.splice(0).map((l) => l.release()))

    const beforeRestart = foreignLock({
      host: hostname(),
      pid: 1,
      bootedAt: Date.now() - 86_400_000,
    })
    await writeFile(path, lockText(beforeRestart))
    expect((await acquire()).writable).toBe(true)
  })

  it('takes over a damaged lock file', async () => {
    await writeFile(path, '{"pid": 12')
    expect((await acquire()).writable).toBe(true)
  })

  it('keeps its heartbeat fresh, and notices when another process took the library over', async () => {
    const changed = vi.fn()
    const lock = await acquire(fast, changed)
    const first = JSON.parse(await readFile(path, 'utf8')) as LockRecord
    await vi.waitFor(async () => {
      const now = JSON.parse(await readFile(path, 'utf8')) as LockRecord
      expect(Date.parse(now.heartbeatAt)).toBeGreaterThan(Date.parse(first.heartbeatAt))
    })
    await writeFile(path, lockText(foreignLock()))
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1))
    expect(lock.writable).toBe(false)
    expect(lock.readOnlyMessage).toMatch(/meeting-room-laptop/)
  })

  it('lets a waiting process write once the holder lets go', async () => {
    await writeFile(path, lockText(foreignLock()))
    const changed = vi.fn()
    const lock = await acquire(fast, changed)
    expect(lock.writable).toBe(false)
    await rm(path)
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1))
    expect(lock.writable).toBe(true)
  })

  it('takes a freed lock once even when checks outlast the heartbeat (a stalled disk)', async () => {
    for (let round = 0; round < 20; round++) {
      await writeFile(path, lockText(foreignLock()))
      const changed = vi.fn()
      const lock = await acquire({ ...fast, heartbeatMs: 1 }, changed)
      await rm(path)
      await vi.waitFor(() => expect(changed, `round ${round}`).toHaveBeenCalled())
      await new Promise((resolve) => setTimeout(resolve, 30))
      expect(lock.writable, `round ${round}`).toBe(true)
      expect(changed).toHaveBeenCalledTimes(1)
      await lock.release()
    }
  })

  it('is shared by two stores of one process on one folder, and let go by the last', async () => {
    const a = await acquire()
    const b = await acquire()
    expect([a.writable, b.writable]).toEqual([true, true])
    await a.release()
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ pid: process.pid })
    await b.release()
    await expect(readFile(path)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('opens read-only, with the reason, where the folder cannot be written', async () => {
    await writeFile(join(dir, 'a-file'), '')
    path = join(dir, 'a-file', '.smartketing-lock.json')
    const lock = await acquire()
    expect(lock.writable).toBe(false)
    expect(lock.readOnlyMessage).toMatch(/The data folder cannot be written \(error ENOTDIR\)/)
  })
})
