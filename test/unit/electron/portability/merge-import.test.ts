import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppFailure } from '../../../../shared/api/result'
import type { PlanItem } from '../../../../shared/portability/merge-plan'
import { importFile, previewImport } from '../../../../electron/portability/portability-service'
import type { FileWriter } from '../../../../electron/portability/write-all-or-nothing'
import { writeFileDurable } from '../../../../electron/storage/durable-write'
import { snapshotFolder } from '../../../support/temp-core'
import type { Env } from './library-fixture'
import {
  call,
  editActivity,
  exportText,
  importText,
  seedLibrary,
  sessionPath,
  setTopic,
  topicOf,
  value,
  openLibraries,
} from './library-fixture'

const open = openLibraries()

const read = (env: Env, rel: string) => readFile(join(env.dataDir, rel), 'utf8')

/**
 * Library A exports; library B (whose clock runs months later) takes that export in, then both
 * go on: B edits Sakura's goal workshop, A edits Ørsted's, and both edit Sakura's meeting once.
 */
const diverged = async () => {
  const a = await open()
  const seeded = await seedLibrary(a)
  const b = await open('2026-06-01T08:00:00.000Z')
  value((await importText(b, (await exportText(a)).text)).result)
  const { sakura, orsted } = seeded
  await editActivity(b, sakura, 'Edited here')
  await editActivity(a, orsted, 'Edited there')
  await setTopic(a, sakura, 'Topic from there')
  await setTopic(b, sakura, 'Topic from here')
  const { text } = await exportText(a)
  const paths = {
    hereNewer: sessionPath(sakura, sakura.goals),
    incomingNewer: sessionPath(orsted, orsted.goals),
    conflict: sessionPath(sakura, sakura.meeting),
  }
  return { a, b, seeded, text, paths }
}

const byPath = (items: readonly PlanItem[]) => new Map(items.map((i) => [i.path, i]))

describe('importing into a library that already holds the same documents', () => {
  it('reports a newer edit here as here-newer, a newer edit there as incoming-newer, and edits on both sides as a conflict', async () => {
    const { b, text, paths } = await diverged()
    const preview = await previewImport(b.core, text)
    const items = byPath(preview.items)
    expect(items.get(paths.hereNewer)).toMatchObject({ status: 'here-newer', suggested: null })
    expect(items.get(paths.incomingNewer)).toMatchObject({
      status: 'incoming-newer',
      suggested: null,
    })
    expect(items.get(paths.conflict)).toMatchObject({
      status: 'conflict',
      what: 'Action-plan meeting',
      clientName: '株式会社 さくら 🌸',
      // The same number of saves on both sides; this library's was the later change.
      suggested: 'keep-mine',
    })
    const conflict = items.get(paths.conflict)!
    expect(conflict.incoming.revision).toBe(conflict.here?.revision)
    expect(preview.items[0]?.path).toBe(paths.conflict)
    const rest = preview.items.filter((i) => !Object.values(paths).includes(i.path))
    expect(new Set(rest.map((i) => i.status))).toEqual(new Set(['identical']))
  })

  it('refuses to import while a conflict has no choice, names it, and writes nothing', async () => {
    const { b, text } = await diverged()
    const preview = await previewImport(b.core, text)
    const before = await snapshotFolder(b.dataDir)
    const result = await call(b, 'portability:import', {
      text,
      planId: preview.planId,
      choices: {},
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    const message = !result.ok ? result.error.message : ''
    expect(message).toMatch(/Choose “Keep mine” or “Take theirs” for “Action plan 🚀”/)
    expect(message).toMatch(/Nothing was imported\.$/)
    expect(await snapshotFolder(b.dataDir)).toEqual(before)
  })

  it('with keep-mine, writes only the newer incoming edit and keeps both of this library’s edits', async () => {
    const { a, b, seeded, text, paths } = await diverged()
    const mine = { here: await read(b, paths.hereNewer), conflict: await read(b, paths.conflict) }
    const { preview, result } = await importText(b, text, { [paths.conflict]: 'keep-mine' })
    expect(value(result)).toMatchObject({
      added: 0,
      updated: 1,
      kept: 2,
      unchanged: preview.items.length - 3,
    })
    expect(await read(b, paths.incomingNewer)).toBe(await read(a, paths.incomingNewer))
    expect(await read(b, paths.hereNewer)).toBe(mine.here)
    expect(await read(b, paths.conflict)).toBe(mine.conflict)
    expect(await topicOf(b, seeded.sakura)).toBe('Topic from here')
  })

  it('with take-theirs, replaces this library’s copy of the conflict and still keeps the newer edit here', async () => {
    const { a, b, seeded, text, paths } = await diverged()
    const mine = await read(b, paths.hereNewer)
    const { result } = await importText(b, text, { [paths.conflict]: 'take-theirs' })
    expect(value(result)).toMatchObject({ added: 0, updated: 2, kept: 1 })
    expect(await read(b, paths.conflict)).toBe(await read(a, paths.conflict))
    expect(await topicOf(b, seeded.sakura)).toBe('Topic from there')
    expect(await read(b, paths.hereNewer)).toBe(mine)
  })
})

describe('an import checked against its preview', () => {
  it('is refused with CONFLICT when the library changed since the preview, and writes nothing', async () => {
    const { b, text, seeded, paths } = await diverged()
    const preview = await previewImport(b.core, text)
    await editActivity(b, seeded.orsted, 'Edited here after the preview')
    await b.core.workshops.idle()
    const before = await snapshotFolder(b.dataDir)
    const choices = { [paths.conflict]: 'take-theirs' } as const
    const result = await call(b, 'portability:import', { text, planId: preview.planId, choices })
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(!result.ok && result.error.message).toMatch(
      /changed since the preview; look at the preview again.*Nothing was imported\./,
    )
    expect(await snapshotFolder(b.dataDir)).toEqual(before)

    // Looked at again, the edit made after the preview is now a conflict to decide.
    const again = await previewImport(b.core, text)
    expect(again.planId).not.toBe(preview.planId)
    expect(byPath(again.items).get(paths.incomingNewer)?.status).toBe('conflict')
    const decided = { ...choices, [paths.incomingNewer]: 'keep-mine' } as const
    value(await call(b, 'portability:import', { text, planId: again.planId, choices: decided }))
  })

  it('is refused with CONFLICT when a different file comes with the preview’s plan', async () => {
    const a = await open()
    const { sakura } = await seedLibrary(a)
    const b = await open()
    const previewed = (await exportText(a, sakura.clientId)).text
    const other = (await exportText(a)).text
    const { planId } = await previewImport(b.core, previewed)
    const before = await snapshotFolder(b.dataDir)
    const refused = await importFile(b.core, { text: other, planId, choices: {} }).catch(
      (e: unknown) => e,
    )
    expect(refused).toBeInstanceOf(AppFailure)
    expect(refused).toMatchObject({ code: 'CONFLICT' })
    expect(await snapshotFolder(b.dataDir)).toEqual(before)
  })
})

/** Writes `failAt - 1` files, then half of the next one, then fails as a full disk does. */
const failingWriter = (failAt: number, written: string[]): FileWriter => {
  return async (path, text) => {
    written.push(path)
    if (written.length < failAt) return writeFileDurable(path, text)
    await writeFile(path, text.slice(0, text.length / 2))
    throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })
  }
}

describe('writing an import', () => {
  it('puts every byte back when a write fails part-way, and says nothing was imported', async () => {
    const a = await open()
    const { sakura } = await seedLibrary(a)
    const b = await open('2026-06-01T08:00:00.000Z')
    value((await importText(b, (await exportText(a, sakura.clientId)).text)).result)
    await editActivity(a, sakura, 'Edited there')
    const { text } = await exportText(a)
    const preview = await previewImport(b.core, text)
    const overwritten = sessionPath(sakura, sakura.goals)
    expect(preview.items[0]).toMatchObject({ path: overwritten, status: 'incoming-newer' })
    expect(preview.items.filter((i) => i.status === 'new').length).toBeGreaterThan(2)
    const before = await snapshotFolder(b.dataDir)

    const written: string[] = []
    const request = { text, planId: preview.planId, choices: {} }
    const refused = await importFile(b.core, request, { write: failingWriter(3, written) }).catch(
      (e: unknown) => e,
    )
    expect(refused).toBeInstanceOf(AppFailure)
    expect(refused).toMatchObject({ code: 'IO' })
    expect((refused as AppFailure).message).toMatch(
      /could not write .+ \(the disk is full\); every file was put back as it was\. Nothing was imported\.$/,
    )
    expect(written).toHaveLength(3)
    expect(written[0]).toBe(join(b.dataDir, ...overwritten.split('/')))
    // The backup made for the import is gone too: the folder is exactly as it was.
    expect(await snapshotFolder(b.dataDir)).toEqual(before)
    expect(b.core.library.list().map((c) => c.name)).toEqual(['株式会社 さくら 🌸'])
  })

  it('backs the library up first and reopens it, so the new clients show at once', async () => {
    const a = await open()
    await seedLibrary(a)
    const b = await open('2026-06-01T08:00:00.000Z')
    value(await call(b, 'clients:create', { name: 'Schon hier', notes: '' }))
    const { result } = await importText(b, (await exportText(a)).text)
    const { backupId } = value(result)
    expect(backupId).not.toBeNull()
    const backups = value(await call(b, 'backups:list', {}))
    expect(backups.find((x) => x.id === backupId)).toMatchObject({ clientCount: 1, fileCount: 1 })
    expect(
      b.core.library
        .list()
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Schon hier', 'Ørsted & Co: Nord/Süd', '株式会社 さくら 🌸'].sort())
  })
})
