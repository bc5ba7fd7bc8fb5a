import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { previewImport } from '../../../../electron/portability/portability-service'
import type { Env } from './library-fixture'
import { call, exportText, importText, openLibraries, seedLibrary, value } from './library-fixture'

const open = openLibraries()

const names = (env: Env) =>
  env.core.library
    .list()
    .map((c) => c.name)
    .sort()

/** Library B took A's export in, then deleted one of its clients; A's export comes again. */
const deletedHere = async () => {
  const a = await open()
  const seeded = await seedLibrary(a)
  const { text } = await exportText(a)
  const b = await open('2026-06-01T08:00:00.000Z')
  value((await importText(b, text)).result)
  const id = seeded.orsted.clientId
  value(await call(b, 'clients:delete', { clientId: id }))
  await b.core.library.flush()
  const trashed = await readFile(join(b.dataDir, 'trash', `${id}.json`), 'utf8')
  return { a, b, text, id, trashed }
}

describe('importing a client that was deleted on this computer', () => {
  it('says in the preview that the import brings it back', async () => {
    const { b, text, id } = await deletedHere()
    const preview = await previewImport(b.core, text)
    const item = preview.items.find((i) => i.path === `clients/${id}.json`)
    expect(item).toMatchObject({
      status: 'new',
      here: null,
      note: 'Deleted on this computer; importing brings it back.',
    })
    // Only the client file was deleted; nothing else in the plan carries the note.
    expect(preview.items.filter((i) => i.note !== null)).toEqual([item])
  })

  it('brings it back, and sets the deleted copy aside so “Undo delete” cannot bring it back twice', async () => {
    const { b, text, id, trashed } = await deletedHere()
    expect(names(b)).toEqual(['株式会社 さくら 🌸'])
    value((await importText(b, text)).result)

    expect(names(b)).toContain('Ørsted & Co: Nord/Süd')
    const trash = await readdir(join(b.dataDir, 'trash'))
    expect(trash).not.toContain(`${id}.json`)
    // Backups do not hold the trash folder: the deleted copy is renamed, never thrown away.
    const aside = trash.filter((n) => n.startsWith(`${id}.before-import-`))
    expect(aside).toHaveLength(1)
    expect(await readFile(join(b.dataDir, 'trash', aside[0]!), 'utf8')).toBe(trashed)

    // The reopened library knows the client: an old “Undo delete” is refused, nothing overwritten.
    const clientFile = join(b.dataDir, 'clients', `${id}.json`)
    const imported = await readFile(clientFile, 'utf8')
    const undo = await call(b, 'clients:undelete', { clientId: id })
    expect(undo).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await readFile(clientFile, 'utf8')).toBe(imported)

    // Deleting it again and undoing brings back the imported client, not the old copy.
    value(await call(b, 'clients:delete', { clientId: id }))
    expect(names(b)).toEqual(['株式会社 さくら 🌸'])
    value(await call(b, 'clients:undelete', { clientId: id }))
    expect(await readFile(clientFile, 'utf8')).toBe(imported)
    const { client } = value(await call(b, 'clients:get', { clientId: id }))
    expect(client.name).toBe('Ørsted & Co: Nord/Süd')
  })
})
