import { readFile } from 'node:fs/promises'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { quitAfterSaving } from '../../../../../electron/main/policy/quit-sequence'
import { dispatch } from '../../../../../electron/services/dispatch'
import type { ClientFile } from '../../../../../shared/library/client'
import { startTempCore } from '../../../../support/temp-core'

const quitEvent = () => ({ preventDefault: vi.fn() })

describe('quitting', () => {
  let env: Awaited<ReturnType<typeof startTempCore>> | null = null
  afterEach(async () => {
    await env?.cleanup().catch(() => undefined)
    env = null
  })

  it('waits for a pending save: the quit is held, the library closed, and only then the app exits', async () => {
    env = await startTempCore()
    const created = await dispatch(env.handlers, 'clients:create', { name: 'Leaving Soon AG' })
    if (!created.ok) throw new Error(created.error.message)
    const clientId = (created.value as ClientFile).id
    const path = env.core.library.paths.client(clientId)
    const core = env.core

    let onDiskAtExit: ClientFile | null = null
    let adding: Promise<unknown> = Promise.resolve()
    const exited = new Promise<number>((resolve, reject) => {
      const handler = quitAfterSaving({
        close: () => core.close(),
        exit: (code) => {
          readFile(path, 'utf8').then((text) => {
            onDiskAtExit = JSON.parse(text) as ClientFile
            resolve(code)
          }, reject)
        },
        log: () => undefined,
      })
      // A save is under way when the person quits.
      adding = dispatch(env!.handlers, 'members:add', {
        clientId,
        member: { name: 'Last Minute', department: 'sales' },
      })
      const first = quitEvent()
      handler(first)
      expect(first.preventDefault).toHaveBeenCalled()
      const again = quitEvent()
      handler(again)
      expect(again.preventDefault).toHaveBeenCalled()
    })
    expect(await exited).toBe(0)
    expect(await adding).toMatchObject({ ok: true })
    expect(onDiskAtExit!.members.map((m) => m.name)).toEqual(['Last Minute'])
    await expect(readFile(core.library.paths.lock)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('lets the last quit through once closed, and never hangs on a disk that does not answer', async () => {
    vi.useFakeTimers()
    try {
      const exit = vi.fn()
      const log = vi.fn()
      const handler = quitAfterSaving({
        close: () => new Promise(() => undefined),
        exit,
        log,
        timeoutMs: 1_000,
      })
      handler(quitEvent())
      await vi.advanceTimersByTimeAsync(999)
      expect(exit).not.toHaveBeenCalled()
      await vi.advanceTimersByTimeAsync(1)
      expect(exit).toHaveBeenCalledWith(0)
      expect(log).toHaveBeenCalledWith(expect.stringMatching(/did not answer in time/))
      const after = quitEvent()
      handler(after)
      expect(after.preventDefault).not.toHaveBeenCalled()
    } finally {
      vi.useRealTimers()
    }
  })
})
