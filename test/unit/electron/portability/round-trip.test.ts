import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { EventEnvelope } from '../../../../shared/api/events'
import { ExportFile } from '../../../../shared/portability/export-file'
import {
  call,
  dataDocuments,
  exportText,
  importText,
  libraryState,
  seedLibrary,
  sessionPath,
  value,
  openLibraries,
} from './library-fixture'

const open = openLibraries()

describe('exporting and importing a whole library', () => {
  it('is lossless: every data file arrives in an empty library exactly as it left', async () => {
    const source = await open()
    await seedLibrary(source)
    const { result, text } = await exportText(source)
    expect(result.path).toMatch(/exports[\\/]Smartketing library 2026-03-02\.smartketing\.json$/)
    expect(result).toMatchObject({ clientCount: 2, skipped: [] })

    const sent = await dataDocuments(source.dataDir)
    const kinds = Object.values(sent).flatMap((d) => (d as { kind?: string }).kind ?? [])
    expect(new Set(kinds)).toEqual(new Set(['goals', 'actions', 'comms']))
    expect(Object.keys(sent).filter((p) => p.startsWith('followup/'))).toHaveLength(2)
    expect(Object.keys(sent).filter((p) => p.startsWith('agreements/'))).toHaveLength(2)
    expect(sent['templates.json']).toBeDefined()
    expect(result.documentCount).toBe(Object.keys(sent).length)
    expect(Object.keys(ExportFile.parse(JSON.parse(text)).files).sort()).toEqual(
      Object.keys(sent).sort(),
    )

    const target = await open('2026-06-01T08:00:00.000Z')
    const events: EventEnvelope[] = []
    target.core.onEvent((e) => events.push(e))
    const { preview, result: imported } = await importText(target, text)
    expect(preview.scope).toBe('library')
    expect(new Set(preview.items.map((i) => i.status))).toEqual(new Set(['new']))
    expect(value(imported)).toMatchObject({
      added: Object.keys(sent).length,
      updated: 0,
      kept: 0,
      unchanged: 0,
    })
    expect(events).toContainEqual({
      name: 'data:changed',
      payload: { scope: 'library', clientId: null },
    })

    expect(await dataDocuments(target.dataDir)).toEqual(sent)
    // Written as the app writes its own files, so even the bytes match.
    for (const rel of Object.keys(sent))
      expect(await readFile(join(target.dataDir, rel), 'utf8'), rel).toBe(
        await readFile(join(source.dataDir, rel), 'utf8'),
      )
    const names = value(await call(target, 'clients:list', {})).map((c) => c.name)
    expect(names.sort()).toEqual(['Ørsted & Co: Nord/Süd', '株式会社 さくら 🌸'].sort())
  })

  it('imports the same file a second time as all the same, and writes nothing', async () => {
    const source = await open()
    await seedLibrary(source)
    const { text } = await exportText(source)
    const target = await open()
    value((await importText(target, text)).result)
    const before = await libraryState(target.dataDir)

    const again = await importText(target, text)
    expect(new Set(again.preview.items.map((i) => i.status))).toEqual(new Set(['identical']))
    expect(value(again.result)).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: again.preview.items.length,
      backupId: null,
    })
    expect(await libraryState(target.dataDir)).toEqual(before)
  })

  it('exports one client with only its own documents, named after it', async () => {
    const source = await open()
    const { sakura, orsted } = await seedLibrary(source)
    const { result, text } = await exportText(source, sakura.clientId)
    expect(result.path).toMatch(/株式会社 さくら 🌸 2026-03-02\.smartketing\.json$/)
    const file = ExportFile.parse(JSON.parse(text))
    expect(file.scope).toBe('client')
    const paths = Object.keys(file.files)
    expect(paths).toContain(`clients/${sakura.clientId}.json`)
    expect(paths.some((p) => p.includes(orsted.clientId))).toBe(false)
    expect(paths).not.toContain('templates.json')

    const target = await open()
    value((await importText(target, text)).result)
    const { client } = value(await call(target, 'clients:get', { clientId: sakura.clientId }))
    expect(client.members.map((m) => m.name)).toEqual(['佐藤 花子', 'דוד לוי'])
    const sessions = value(await call(target, 'workshops:list', { clientId: sakura.clientId }))
    expect(sessions.map((s) => s.kind).sort()).toEqual(['actions', 'comms', 'goals'])
  })

  it('leaves a deleted client’s leftovers behind, and names files it cannot read', async () => {
    const source = await open()
    const { sakura, orsted } = await seedLibrary(source)
    value(await call(source, 'clients:delete', { clientId: orsted.clientId }))
    await source.core.library.flush()
    // A session file cut off half-way, as a crash during a copy by hand would leave it.
    const whole = await readFile(join(source.dataDir, sessionPath(sakura, sakura.goals)), 'utf8')
    const damaged = `workshops/${sakura.clientId}/cut-off-session.json`
    await writeFile(join(source.dataDir, damaged), whole.slice(0, Math.floor(whole.length / 2)))

    const { result, text } = await exportText(source)
    expect(result.skipped).toEqual([
      { path: damaged, title: 'Untitled', reason: 'the file is damaged (empty or not JSON)' },
    ])
    expect(result.clientCount).toBe(1)
    expect(text).not.toContain(orsted.clientId)
    const files = Object.keys(ExportFile.parse(JSON.parse(text)).files)
    expect(files).not.toContain(damaged)
    expect(files).toContain(sessionPath(sakura, sakura.goals))
    expect(result.documentCount).toBe(files.length)

    // The rest of the library still travels: it imports whole into an empty library.
    const target = await open()
    const imported = value((await importText(target, text)).result)
    expect(imported.added).toBe(files.length)
    const sessions = value(await call(target, 'workshops:list', { clientId: sakura.clientId }))
    expect(sessions.map((s) => s.kind).sort()).toEqual(['actions', 'comms', 'goals'])
  })

  it('names the export by the day on this computer’s calendar, not the day in UTC', async () => {
    const zone = process.env['TZ']
    process.env['TZ'] = 'Pacific/Auckland'
    try {
      // 09:00 on 2 March in Auckland, still 1 March in UTC.
      const source = await open('2026-03-01T20:00:00.000Z')
      await seedLibrary(source)
      const { result } = await exportText(source)
      expect(result.path).toMatch(/Smartketing library 2026-03-02\.smartketing\.json$/)
    } finally {
      if (zone === undefined) delete process.env['TZ']
      else process.env['TZ'] = zone
    }
  })
})
