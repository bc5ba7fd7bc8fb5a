import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AppFailure } from '../../../../shared/api/result'
import { previewRestore } from '../../../../electron/portability/restore-preview'
import type { Env } from './library-fixture'
import { call, startLibrary, value } from './library-fixture'

const envs: Env[] = []
const open = async () => {
  const env = await startLibrary()
  envs.push(env)
  return env
}
afterEach(async () => {
  await Promise.all(envs.splice(0).map((e) => e.cleanup()))
})

const createClient = async (env: Env, name: string) =>
  value(await call(env, 'clients:create', { name, notes: '' })).id

/**
 * A backup of three clients; since then one was deleted, one renamed, and a new client with a
 * goal workshop was added.
 */
const changedSinceBackup = async () => {
  const env = await open()
  const kept = await createClient(env, 'Bleibt')
  const gone = await createClient(env, 'Geht')
  const renamed = await createClient(env, 'Ändert')
  await env.core.library.flush()
  const backup = value(await call(env, 'backups:create', {}))!
  value(await call(env, 'clients:delete', { clientId: gone }))
  value(await call(env, 'clients:update', { clientId: renamed, fields: { name: 'Geändert' } }))
  const added = await createClient(env, 'Neu')
  const member = { name: 'Ana', department: 'sales' } as const
  const ana = value(await call(env, 'members:add', { clientId: added, member })).id
  const session = value(
    await call(env, 'workshops:create', {
      clientId: added,
      kind: 'goals',
      title: 'Ziele Q3',
      scope: 'joint',
      participantIds: [ana],
      managerId: null,
      plan: [{ name: 'Goals', prompt: '', minutes: 15 }],
    }),
  )
  await env.core.library.flush()
  await env.core.workshops.idle()
  return { env, backup, ids: { kept, gone, renamed, added, session: session.id } }
}

describe('previewing a restore', () => {
  it('lists what the backup would remove, replace and restore, in that order, and counts the rest', async () => {
    const { env, backup, ids } = await changedSinceBackup()
    const preview = await previewRestore(env.core.library.paths, backup.id)
    expect(preview).toMatchObject({
      backupId: backup.id,
      createdAt: backup.createdAt,
      unchanged: 1,
    })
    expect(
      preview.changes.map(({ path, change, what, clientName }) => ({
        path,
        change,
        what,
        clientName,
      })),
    ).toEqual([
      {
        path: `clients/${ids.added}.json`,
        change: 'removed',
        what: 'Client',
        clientName: 'Neu',
      },
      {
        path: `workshops/${ids.added}/${ids.session}.json`,
        change: 'removed',
        what: 'Goal workshop',
        clientName: 'Neu',
      },
      {
        path: `clients/${ids.renamed}.json`,
        change: 'replaced',
        what: 'Client',
        clientName: 'Geändert',
      },
      { path: `clients/${ids.gone}.json`, change: 'restored', what: 'Client', clientName: 'Geht' },
    ])
  })

  it('shows each side a person would compare: nothing here for a restored file, nothing in the backup for a removed one', async () => {
    const { env, backup, ids } = await changedSinceBackup()
    const { changes } = await previewRestore(env.core.library.paths, backup.id)
    const at = (id: string) => changes.find((c) => c.path === `clients/${id}.json`)
    expect(at(ids.renamed)).toMatchObject({
      here: { title: 'Geändert', revision: 1 },
      backup: { title: 'Ändert', revision: 0 },
    })
    expect(at(ids.renamed)?.here?.updatedAt).not.toBe(at(ids.renamed)?.backup?.updatedAt)
    expect(at(ids.gone)).toMatchObject({ here: null, backup: { title: 'Geht' } })
    expect(at(ids.added)).toMatchObject({ here: { title: 'Neu' }, backup: null })
  })

  it('predicts the restore exactly: after restoring, the same backup shows no changes', async () => {
    const { env, backup } = await changedSinceBackup()
    value(await call(env, 'backups:restore', { backupId: backup.id }))
    const after = await previewRestore(env.core.library.paths, backup.id)
    expect(after.changes).toEqual([])
    expect(after.unchanged).toBe(3)
    expect(
      env.core.library
        .list()
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Bleibt', 'Geht', 'Ändert'])
  })

  it('refuses an unknown backup with a clear NOT_FOUND failure', async () => {
    const env = await open()
    const result = await call(env, 'backups:preview', { backupId: 'backup-20200101T000000-000Z' })
    expect(result).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'That backup could not be read.' },
    })
    const thrown = await previewRestore(env.core.library.paths, 'backup-1').catch((e: unknown) => e)
    expect(thrown).toBeInstanceOf(AppFailure)
    expect(thrown).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('refuses a damaged backup file with the same NOT_FOUND failure', async () => {
    const { env, backup } = await changedSinceBackup()
    const file = join(env.core.library.paths.backups, `${backup.id}.snapshot.json.gz`)
    await writeFile(file, '{"createdAt":"2026-03-02T09:00:00.000Z","files":')
    const result = await call(env, 'backups:preview', { backupId: backup.id })
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('refuses a backup id that is not one before reading any file', async () => {
    const env = await open()
    const result = await call(env, 'backups:preview', { backupId: '../index' })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })
})
