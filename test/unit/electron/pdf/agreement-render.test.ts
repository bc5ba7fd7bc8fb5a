import { describe, expect, it } from 'vitest'
import { renderPdf } from '../../../../electron/pdf/render'
import type { AgreementFile, AgreementTerms } from '../../../../shared/comms/agreement'
import { defaultTerms } from '../../../../shared/comms/defaults'
import { addChannel, updateLevel, updatePerson } from '../../../../shared/comms/edits'
import { agreementSheet } from '../../../../shared/pdf/build-agreement'
import type { RenderRequest } from '../../../../shared/pdf/sheet-models'
import type { Participant } from '../../../../shared/workshop/workshop'
import {
  allText,
  fonts,
  pageCount,
  pageText,
  qpdfCheck,
  savePdf,
  squash,
} from '../../../support/pdf-tools'
import { NAMES } from '../../../support/sheet-fixtures'

const render = async (name: string, request: RenderRequest) => {
  const result = await renderPdf(request)
  const path = savePdf(name, result.pdf)
  expect(qpdfCheck(path)).toContain('No syntax or stream encoding errors')
  for (const f of fonts(path)) expect(f.embedded, `${f.name} is not embedded`).toBe(true)
  return { ...result, path }
}

const person = (name: string, department: Participant['department'], n: number): Participant => ({
  memberId: `member-${String(n).padStart(4, '0')}`,
  name,
  department,
})

const SIX = [
  person('Zoë Šimková', 'sales', 1),
  person('Łukasz Wójcik', 'sales', 2),
  person('Ola Nordmann', 'sales', 3),
  person('Jürgen Größ', 'marketing', 4),
  person('Françoise Lefèvre', 'marketing', 5),
  person('Eva Lind', 'marketing', 6),
]

const counter = () => {
  let n = 0
  return () => `level-${String(++n).padStart(4, '0')}`
}

/** Terms with a custom channel as first choice for "Today", and off-grid blocks for Zoë. */
const teamTerms = (participants: Participant[]): AgreementTerms => {
  let t = defaultTerms(participants, 'Europe/Berlin', counter())
  t = addChannel(t, 'Microsoft Teams', true, () => 'x')
  t = updateLevel(t, 'level-0002', { primary: 'custom-microsoft-teams' })
  return updatePerson(t, participants[0]!.memberId, (p) => ({
    ...p,
    weeklyOffGrid: [{ id: 'school', day: 3, start: '15:00', end: '16:30', label: 'School run' }],
    datedOffGrid: [
      { id: 'fair', from: '2026-04-14T00:00', to: '2026-04-17T23:59', label: 'Trade fair' },
    ],
    preferredChannel: 'custom-microsoft-teams',
    urgentChannel: 'phone',
    urgentNote: 'Call twice',
  }))
}

/** An agreement with version 1 published, acknowledged by its first participant only. */
const agreementFor = (participants: Participant[]): AgreementFile => {
  const terms = teamTerms(participants)
  return {
    schemaVersion: 1,
    id: 'agreement-0001',
    clientId: 'client-0001',
    title: 'How we reach each other',
    participants,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-03T09:00:00.000Z',
    revision: 4,
    ratings: {},
    terms,
    versions: [
      {
        number: 1,
        publishedAt: '2026-03-02T10:00:00.000Z',
        note: 'Agreed in the spring workshop',
        terms,
        acknowledgements: { [participants[0]!.memberId]: '2026-03-03T08:15:00.000Z' },
      },
    ],
  }
}

const request = (a: AgreementFile, version: number | null): RenderRequest => ({
  sheets: [agreementSheet(a, 'Müller & Søn Logistik', 'Françoise Lefèvre', version, '2026-03-05')],
  pageSize: 'A4',
  title: a.title,
})

describe('the printed communication agreement', { timeout: 60_000 }, () => {
  it('prints levels, channels, people, off-grid times, acknowledgements and contact cards', async () => {
    const { path, warnings } = await render('agreement-six', request(agreementFor(SIX), 1))
    expect(warnings).toEqual([])
    const text = squash(allText(path))
    expect(text).toContain('Version 1 — Agreed in the spring workshop')
    for (const level of ['Urgent', 'Today', 'This week', 'FYI']) expect(text).toContain(level)
    for (const channel of [
      'Phone call',
      'Voicemail',
      'In person',
      'Email',
      'Text message',
      'Social media',
      'Written note',
      'Microsoft Teams',
    ])
      expect(text).toContain(channel)
    for (const p of SIX) expect(text).toContain(p.name)
    expect(text).toContain('School run')
    expect(text).toContain('Trade fair')
    // Page one is the whole agreement at a glance, with a signature line for everyone.
    const first = squash(pageText(path, 1))
    expect(first).toContain('Signed by')
    for (const level of ['Urgent', 'Today', 'This week', 'FYI']) expect(first).toContain(level)
    for (const p of SIX) expect(first).toContain(p.name)
    expect(first).toContain('acknowledged in the app 3 Mar 2026')
    // Five people have not acknowledged yet: each has the line to sign and date.
    expect(first.match(/signature and date/g)).toHaveLength(5)
    expect(squash(pageText(path, 2))).toContain('How to reach me')
    expect(text).toContain('Best channel: Microsoft Teams')
    expect(text).toContain('When it is urgent: Phone call — Call twice')
    expect(text).not.toContain('Draft — not yet published')
  })

  it('spreads a 120-person agreement over more pages, with every name in it', async () => {
    const departments = ['sales', 'marketing', 'management', 'other'] as const
    const many = Array.from({ length: 120 }, (_, i) =>
      person(`Teammate ${String(i + 1).padStart(3, '0')}`, departments[i % 4]!, i + 1),
    )
    const small = await render('agreement-six-pages', request(agreementFor(SIX), 1))
    const big = await render('agreement-120', request(agreementFor(many), 1))
    expect(big.pageCount).toBeGreaterThan(small.pageCount)
    expect(pageCount(big.path)).toBe(big.pageCount)
    const text = allText(big.path)
    const found = new Set(text.match(/Teammate \d{3}/g))
    expect([...many.map((p) => p.name)].filter((n) => !found.has(n))).toEqual([])
    expect(pageText(big.path, big.pageCount)).toContain(`Page ${big.pageCount} of ${big.pageCount}`)
  })

  it('prints Greek and Cyrillic names as text', async () => {
    const people = [
      person(NAMES.greek, 'sales', 1),
      person(NAMES.russian, 'marketing', 2),
      person('Ελένη Γεωργίου', 'sales', 3),
      person('Дмитрий Смирнов', 'marketing', 4),
    ]
    const { path, warnings } = await render('agreement-scripts', request(agreementFor(people), 1))
    expect(warnings).toEqual([])
    const text = squash(allText(path))
    // The contact cards print each name whole on one line.
    for (const p of people) expect(text).toContain(p.name)
  })

  it('labels the draft as not yet published, prints its terms and no acknowledgement dates', async () => {
    const a = agreementFor(SIX)
    const draft = { ...a, terms: addChannel(a.terms, 'Signal', true, () => 'x') }
    expect(request(draft, null).sheets[0]).toMatchObject({
      versionLabel: 'Draft — not yet published',
    })
    const { path } = await render('agreement-draft', request(draft, null))
    const text = squash(allText(path))
    expect(text).toContain('Draft — not yet published')
    expect(text).toContain('Communication agreement — Draft — not yet published')
    expect(text).toContain('Signal')
    expect(text).not.toContain('Version 1')
    expect(text).not.toMatch(/acknowledged in the app \d/)
    expect(text.match(/signature and date/g)).toHaveLength(SIX.length)
  })
})
