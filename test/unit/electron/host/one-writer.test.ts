import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClientFile } from '../../../../shared/library/client'
import { libraryPaths } from '../../../../electron/storage/library-paths'
import type { HostProcess } from '../../../support/host-process'
import { callHost, startHost } from '../../../support/host-process'
import { tempDir } from '../../../support/temp-core'

const ADDS = 40

/** Adds members one after another as fast as answers come; returns the ids acknowledged as saved. */
const addMembers = async (host: HostProcess, clientId: string, tag: string) => {
  const acked: string[] = []
  const refusals: string[] = []
  for (let i = 0; i < ADDS; i++) {
    const member = { name: `${tag} ${i}`, department: i % 2 ? 'sales' : 'marketing' }
    const result = await callHost(host, 'members:add', { clientId, member })
    if (result.ok) acked.push((result.value as { id: string }).id)
    else refusals.push(result.error.code)
  }
  return { acked, refusals }
}

describe('two host processes on one data folder', () => {
  let folder: string
  const hosts: HostProcess[] = []
  const start = async (settings: string) => {
    const host = await startHost(folder, {}, { settingsDir: join(folder, settings) })
    hosts.push(host)
    return host
  }
  beforeAll(async () => {
    folder = await tempDir('smartketing-two-hosts-')
  })
  afterAll(async () => {
    await Promise.all(hosts.map((h) => h.stop('SIGKILL')))
    await rm(folder, { recursive: true, force: true })
  })

  it(
    'never loses an acknowledged edit: the second is read-only and says so; a killed holder’s lock is taken over',
    { timeout: 120_000 },
    async () => {
      const first = await start('settings-a')
      const created = await callHost(first, 'clients:create', { name: 'Shared Folder GmbH' })
      if (!created.ok) throw new Error(created.error.message)
      const clientId = (created.value as { id: string }).id
      const second = await start('settings-b')

      const health = await callHost(second, 'library:health', {})
      expect(health).toMatchObject({ ok: true, value: { readOnly: true } })
      const message = health.ok
        ? (health.value as { problems: { message: string }[] }).problems[0]!.message
        : ''
      expect(message).toMatch(new RegExp(`on this computer \\(process ${first.child.pid}\\)`))
      // Said on stderr, which can reach us after the address on stdout that marked the start.
      await expect.poll(() => second.output(), { timeout: 20_000 }).toMatch(/opens read-only here/)

      const [a, b] = await Promise.all([
        addMembers(first, clientId, 'A'),
        addMembers(second, clientId, 'B'),
      ])
      expect(b.acked).toEqual([])
      expect(new Set(b.refusals)).toEqual(new Set(['READ_ONLY']))
      expect(a.acked).toHaveLength(ADDS)
      const path = libraryPaths(join(folder, 'library')).client(clientId)
      const onDisk = JSON.parse(await readFile(path, 'utf8')) as ClientFile
      const ids = new Set(onDisk.members.map((m) => m.id))
      for (const id of [...a.acked, ...b.acked]) expect(ids.has(id), `member ${id}`).toBe(true)

      // The second one leaves; the holder is killed and leaves its lock behind.
      await second.stop()
      await first.stop('SIGKILL')
      const lockPath = libraryPaths(join(folder, 'library')).lock
      expect(JSON.parse(await readFile(lockPath, 'utf8'))).toMatchObject({ pid: first.child.pid })

      const third = await start('settings-c')
      expect(await callHost(third, 'library:health', {})).toMatchObject({
        ok: true,
        value: { readOnly: false },
      })
      expect(JSON.parse(await readFile(lockPath, 'utf8'))).toMatchObject({ pid: third.child.pid })
      const more = await addMembers(third, clientId, 'C')
      expect(more.acked).toHaveLength(ADDS)
      const after = JSON.parse(await readFile(path, 'utf8')) as ClientFile
      expect(after.members).toHaveLength(2 * ADDS)
    },
  )
})
