import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppFailure } from '../../../../shared/api/result'
import type { ExportFile } from '../../../../shared/portability/export-file'
import { hashExport } from '../../../../shared/portability/export-file'
import { WORKSHOP_SCHEMA_VERSION } from '../../../../shared/workshop/workshop'
import { importFile, previewImport } from '../../../../electron/portability/portability-service'
import { snapshotFolder } from '../../../support/temp-core'
import type { Env } from './library-fixture'
import { call, exportText, seedLibrary, startLibrary, value } from './library-fixture'

type Doc = Record<string, unknown>
type LooseExport = Doc & { files: Record<string, Doc> }

const envs: Env[] = []
const open = async () => {
  const env = await startLibrary('2026-06-01T08:00:00.000Z')
  envs.push(env)
  return env
}
afterAll(async () => {
  await Promise.all(envs.splice(0).map((e) => e.cleanup()))
})

/** A real library export and a one-client export of it, and a library to import them into. */
let full = ''
let oneClient = ''
let seeded: Awaited<ReturnType<typeof seedLibrary>>
let target: Env
let planId = ''
beforeAll(async () => {
  const source = await open()
  seeded = await seedLibrary(source)
  full = (await exportText(source)).text
  oneClient = (await exportText(source, seeded.sakura.clientId)).text
  target = await open()
  value(await call(target, 'clients:create', { name: 'Schon hier', notes: 'vorher' }))
  planId = (await previewImport(target.core, full)).planId
})

const clientPath = (id: string) => `clients/${id}.json`
const goalsPath = (c: { clientId: string; goals: { id: string } }) =>
  `workshops/${c.clientId}/${c.goals.id}.json`

/** Edits the parsed export, then seals it again as a real export would be sealed. */
const resealed = async (text: string, edit: (file: LooseExport) => void) => {
  const file = JSON.parse(text) as LooseExport
  edit(file)
  file['contentHash'] = await hashExport(file as unknown as ExportFile)
  return JSON.stringify(file)
}

const refusalOf = async (attempt: Promise<unknown>): Promise<AppFailure> => {
  const outcome = await attempt.then(
    () => 'accepted',
    (e: unknown) => e,
  )
  expect(outcome).toBeInstanceOf(AppFailure)
  return outcome as AppFailure
}

/** Both steps refuse with the same clear message, and the target folder keeps every byte. */
const expectRefused = async (text: string, says: readonly RegExp[]) => {
  const before = await snapshotFolder(target.dataDir)
  const refusals = [
    await refusalOf(previewImport(target.core, text)),
    await refusalOf(importFile(target.core, { text, planId, choices: {} })),
  ]
  for (const e of refusals) {
    expect(e.code).toBe('VALIDATION')
    for (const s of says) expect(e.message).toMatch(s)
    expect(e.message).toMatch(/Nothing was imported\.$/)
  }
  expect(await snapshotFolder(target.dataDir)).toEqual(before)
}

interface Case {
  name: string
  text: () => string | Promise<string>
  says: RegExp[]
}

const NOT_OURS = /This (file )?is not a Smartketing Workshop export/
const CUT_OFF = /cut off: it ends before its data does/
const NEWER_EXPORT = [
  /made by a newer version of Smartketing Workshop/,
  /export format 2/,
  /update this app/,
]

const cases: Case[] = [
  { name: 'an empty file, saying it is empty', text: () => '', says: [/The file is empty\./] },
  {
    name: 'a file of only whitespace, saying it is empty',
    text: () => ' \n\t\r\n ',
    says: [/The file is empty\./],
  },
  {
    name: 'a file that is not JSON, saying so',
    text: () => 'Kunde;Umsatz\nAcme;12\n',
    says: [NOT_OURS, /not JSON/],
  },
  { name: 'other JSON, saying it is not an export', text: () => '{"a":1}', says: [NOT_OURS] },
  { name: 'a JSON list, saying it is not an export', text: () => '[1,2]', says: [NOT_OURS] },
  {
    name: 'another app’s export format, saying it is not ours',
    text: () => '{"format":"other-app-export","formatVersion":1,"files":{}}',
    says: [NOT_OURS],
  },
  {
    name: 'an export cut off at half, saying it is cut off',
    text: () => full.slice(0, Math.floor(full.length / 2)),
    says: [CUT_OFF],
  },
  {
    name: 'an export missing only its last character, saying it is cut off',
    text: () => full.slice(0, -1),
    says: [CUT_OFF],
  },
  {
    name: 'an export cut off just after its header, saying it is cut off',
    text: () => full.slice(0, full.indexOf('"files":{') + '"files":{'.length),
    says: [CUT_OFF],
  },
  {
    name: 'an export cut off at nine tenths, saying it is cut off',
    text: () => full.slice(0, Math.floor(full.length * 0.9)),
    says: [CUT_OFF],
  },
  {
    name: 'an export with one character changed in a document, naming the checksum',
    text: () => {
      expect(full).toContain('Übergabe')
      return full.replace('Übergabe', 'Ubergabe')
    },
    says: [/changed after it was exported/, /checksum does not match/],
  },
  {
    name: 'an export whose checksum is not one, saying it is damaged',
    text: () => full.replace(/"contentHash":"sha256:[0-9a-f]+"/, '"contentHash":"sha256:0"'),
    says: [/The export file is damaged \(contentHash: /],
  },
  {
    name: 'a resealed export with a document that breaks its schema, naming the document',
    text: () =>
      resealed(full, (f) => void (f.files[goalsPath(seeded.sakura)]!['timer'] = 'stopped')),
    says: [/“Ziele 株式会社 さくら 🌸” \(Goal workshop\) in the export is not valid: timer/],
  },
  {
    name: 'a resealed export with a document that is not an object, naming what is missing',
    text: () =>
      resealed(full, (f) => void (f.files[clientPath(seeded.orsted.clientId)] = null as never)),
    says: [/“Untitled” \(Client\) in the export is not valid: Client file has no schemaVersion/],
  },
  {
    name: 'a resealed export that moves a session under another client, naming the mismatch',
    text: () =>
      resealed(full, (f) => {
        const moved = goalsPath(seeded.orsted)
        f.files[`workshops/${seeded.sakura.clientId}/${seeded.orsted.goals.id}.json`] =
          f.files[moved]!
        delete f.files[moved]
      }),
    says: [/is not valid: it belongs to a different client than its place in the file says/],
  },
  {
    name: 'a resealed export holding a file outside the data layout, saying it is not a data file',
    text: () => resealed(full, (f) => void (f.files['../settings.json'] = { schemaVersion: 1 })),
    says: [/The export holds “\.\.\/settings\.json”, which is not a data file/],
  },
  {
    name: 'an export in a newer format, saying a newer version made it',
    text: () => resealed(full, (f) => void (f['formatVersion'] = 2)),
    says: NEWER_EXPORT,
  },
  {
    name: 'a newer-format export shaped differently, still saying a newer version made it',
    text: () => {
      const { files, ...header } = JSON.parse(full) as LooseExport
      return JSON.stringify({ ...header, formatVersion: 2, contentHash: null, documents: files })
    },
    says: NEWER_EXPORT,
  },
  {
    name: 'a resealed export with a document from a newer app, naming it and its format',
    text: () =>
      resealed(full, (f) => {
        f.files[goalsPath(seeded.sakura)]!['schemaVersion'] = WORKSHOP_SCHEMA_VERSION + 1
      }),
    says: [
      /“Ziele 株式会社 さくら 🌸” \(Goal workshop\) was saved by a newer version of Smartketing Workshop/,
      new RegExp(`\\(format ${WORKSHOP_SCHEMA_VERSION + 1}\\)`),
      /update this app/,
    ],
  },
  {
    name: 'a resealed export holding a session without its client, saying it is incomplete',
    text: () => resealed(full, (f) => void delete f.files[clientPath(seeded.orsted.clientId)]),
    says: [/The export is incomplete: .+ belongs to a client it does not hold/],
  },
  {
    name: 'an export holding a value nested 100,000 levels deep, answered, not overflowed',
    text: () => {
      expect(full).toContain('"notes":"Notizen ✏️"')
      const deep = '['.repeat(100_000) + ']'.repeat(100_000)
      return full.replace('"notes":"Notizen ✏️"', `"notes":${deep}`)
    },
    says: [/cannot be read safely: it is nested more than 64 levels deep/],
  },
  {
    name: 'an export with a “__proto__” entry its checksum does not cover, naming the key',
    text: () => full.replace('"files":{', '"files":{"__proto__":{"schemaVersion":1},'),
    says: [/cannot be read safely: it holds the key “__proto__”/],
  },
  {
    name: 'an export with a “constructor” key inside a document, naming the key',
    text: () => full.replace('"notes":"Notizen ✏️"', '"notes":"x","constructor":{"prototype":{}}'),
    says: [/it holds the key “constructor”/],
  },
  {
    name: 'a resealed export whose client has two members with one id, naming the twins',
    text: () =>
      resealed(full, (f) => {
        const client = f.files[clientPath(seeded.sakura.clientId)]!
        const members = client['members'] as Doc[]
        client['members'] = [...members, { ...members[0]!, name: 'Twin' }]
      }),
    says: [/\(Client\) in the export is not valid: members\.\d+\.id: Two members have the same id/],
  },
  {
    name: 'a resealed one-client export holding two clients, saying it is damaged',
    text: async () => {
      const other = (JSON.parse(full) as LooseExport).files[clientPath(seeded.orsted.clientId)]!
      return resealed(oneClient, (f) => {
        f.files[clientPath(seeded.orsted.clientId)] = other
      })
    },
    says: [/a one-client export must hold exactly one client/],
  },
]

describe('a tampered, truncated or newer-version export', () => {
  it('is told apart from the same export untouched, which imports into the same kind of library', async () => {
    const fresh = await open()
    value(await call(fresh, 'clients:create', { name: 'Schon hier', notes: 'vorher' }))
    const before = await snapshotFolder(fresh.dataDir)
    const preview = await previewImport(fresh.core, full)
    const result = await importFile(fresh.core, { text: full, planId: preview.planId, choices: {} })
    expect(result.added).toBe(preview.items.length)
    expect(await snapshotFolder(fresh.dataDir)).not.toEqual(before)
  })

  it('is told apart from the same export re-indented or with its keys reordered, which is accepted', async () => {
    const parsed = JSON.parse(full) as LooseExport
    const reordered = Object.fromEntries(Object.entries(parsed).reverse())
    for (const text of [JSON.stringify(parsed, null, 2), JSON.stringify(reordered)]) {
      const preview = await previewImport(target.core, text)
      expect(new Set(preview.items.map((i) => i.status))).toEqual(new Set(['new']))
    }
  })

  for (const { name, text, says } of cases)
    it(`is refused: ${name}; nothing changes`, async () => {
      await expectRefused(await text(), says)
    })

  it('reaches the page as a failed result with the message, not as an exception', async () => {
    const result = await call(target, 'portability:preview', { text: full.slice(0, -1) })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(!result.ok && result.error.message).toMatch(CUT_OFF)
  })
})
