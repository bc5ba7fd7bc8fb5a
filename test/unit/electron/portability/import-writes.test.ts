import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppFailure } from '../../../../shared/api/result'
import { importFile, previewImport } from '../../../../electron/portability/portability-service'
import type { FileWriter } from '../../../../electron/portability/write-all-or-nothing'
import { writeFileDurable } from '../../../../electron/storage/durable-write'
import { snapshotFolder } from '../../../support/temp-core'
import type { Env } from './library-fixture'
import {
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

/** Writes as the app does, noting the order, and runs `during` once, before the first write. */
const recordingWriter = (written: string[], during: () => Promise<void> = async () => {}) =>
  (async (path, text) => {
    if (written.length === 0) await during()
    written.push(path)
    await writeFileDurable(path, text)
  }) satisfies FileWriter

describe('the order an import writes in', () => {
  it('writes each client’s sessions, agreements and follow-up before its client file', async () => {
    const a = await open()
    const { sakura, orsted } = await seedLibrary(a)
    const b = await open()
    const { text } = await exportText(a)
    const { planId } = await previewImport(b.core, text)
    const written: string[] = []
    await importFile(b.core, { text, planId, choices: {} }, { write: recordingWriter(written) })

    const rel = written.map((p) =>
      p
        .slice(b.dataDir.length + 1)
        .split('\\')
        .join('/'),
    )
    for (const { clientId } of [sakura, orsted]) {
      const own = rel.filter((p) => p.includes(`/${clientId}/`))
      expect(own.length).toBeGreaterThanOrEqual(4)
      const clientFile = rel.indexOf(`clients/${clientId}.json`)
      expect(clientFile).toBeGreaterThan(Math.max(...own.map((p) => rel.indexOf(p))))
    }
  })
})

describe('an edit saved while an import is writing', () => {
  it('is not overwritten: the import stops, puts back what it wrote and removes its backup', async () => {
    const a = await open()
    const { sakura } = await seedLibrary(a)
    const b = await open('2026-06-01T08:00:00.000Z')
    value((await importText(b, (await exportText(a)).text)).result)
    await editActivity(a, sakura, 'Edited there')
    await setTopic(a, sakura, 'Topic from there')
    const { text } = await exportText(a)
    const preview = await previewImport(b.core, text)
    const meeting = sessionPath(sakura, sakura.meeting)
    const goals = sessionPath(sakura, sakura.goals)
    const statuses = new Map(preview.items.map((i) => [i.path, i.status]))
    expect([statuses.get(meeting), statuses.get(goals)]).toEqual([
      'incoming-newer',
      'incoming-newer',
    ])
    const before = await snapshotFolder(b.dataDir)

    // The meeting is written first; the person saves the goal workshop just as that happens.
    const saveDuringImport = async () => {
      await editActivity(b, sakura, 'Typed during the import')
      await b.core.workshops.idle()
    }
    const written: string[] = []
    const request = { text, planId: preview.planId, choices: {} }
    const refused = await importFile(b.core, request, {
      write: recordingWriter(written, saveDuringImport),
    }).catch((e: unknown) => e)

    expect(refused).toBeInstanceOf(AppFailure)
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      message: 'The library changed while importing; nothing was imported.',
    })
    expect(written).toEqual([join(b.dataDir, ...meeting.split('/'))])
    expect(await read(b, goals)).toContain('Typed during the import')
    expect(await topicOf(b, sakura)).not.toBe('Topic from there')
    // Everything else, the import's own backup included, is exactly as it was.
    const goalsKey = join(...goals.split('/'))
    const after = await snapshotFolder(b.dataDir)
    expect(after[goalsKey]).not.toBe(before[goalsKey])
    expect({ ...after, [goalsKey]: null }).toEqual({ ...before, [goalsKey]: null })

    // Looked at again, the edit is one of two sides to choose between, not something lost.
    const again = await previewImport(b.core, text)
    expect(again.items.find((i) => i.path === goals)?.status).toBe('conflict')
  })
})
