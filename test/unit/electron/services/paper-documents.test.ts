import { afterEach, describe, expect, it } from 'vitest'
import type { Channel, Input, Output } from '../../../../shared/api/contract'
import type { Result } from '../../../../shared/api/result'
import { dispatch } from '../../../../electron/services/dispatch'
import {
  allText,
  fonts,
  pageCount,
  pageSizePts,
  pageText,
  pdfInfo,
  pdfLanguage,
  qpdfCheck,
  squash,
  toPngs,
} from '../../../support/pdf-tools'
import { startTempCore } from '../../../support/temp-core'

type Env = Awaited<ReturnType<typeof startTempCore>>
let env: Env
afterEach(() => env.cleanup())

const call = async <K extends Channel>(e: Env, name: K, input: Input<K>) => {
  const r = (await dispatch(e.handlers, name, input)) as Result<Output<K>>
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
  return r.value
}

/** A file that opens, embeds every font, and is tagged with its author. */
const wellFormed = (path: string) => {
  expect(qpdfCheck(path)).toContain('No syntax or stream encoding errors')
  for (const f of fonts(path)) expect(f.embedded, `${f.name} is not embedded`).toBe(true)
  expect(pdfInfo(path)).toMatchObject({ tagged: 'yes', author: 'Françoise Lefèvre' })
}

const seed = async (e: Env) => {
  await call(e, 'settings:update', { facilitatorName: 'Françoise Lefèvre' })
  const client = await call(e, 'clients:create', { name: 'Ørsted & Co' })
  const add = async (name: string, department: 'sales' | 'marketing' | 'management') =>
    (await call(e, 'members:add', { clientId: client.id, member: { name, department } })).id
  const zoe = await add('Zoë Šimková', 'sales')
  const yuki = await add('佐藤 花子', 'marketing')
  const ola = await add('Ola Nordmann', 'management')
  const workshop = await call(e, 'workshops:create', {
    clientId: client.id,
    title: 'Spring goals',
    scope: 'joint',
    participantIds: [zoe, yuki],
    managerId: ola,
    plan: [{ name: 'Goals', prompt: 'Set them', minutes: 15 }],
  })
  return { clientId: client.id, workshopId: workshop.id, zoe, yuki, ola }
}

describe('the same workshop in two regions', { timeout: 120_000 }, () => {
  const exportIn = async (systemLocale: string) => {
    env = await startTempCore({ systemLocale, now: () => new Date('2026-11-23T14:30:00Z') })
    const ids = await seed(env)
    const ref = { clientId: ids.clientId, workshopId: ids.workshopId }
    const { workshop } = await call(env, 'workshops:get', ref)
    await call(env, 'workshops:saveBoard', {
      ...ref,
      board: {
        ...workshop.board,
        activities: [
          {
            id: 'activity-1',
            text: 'Weekly lead hand-over call',
            kind: 'continue',
            tag: 'joint',
            proposedBy: ids.zoe,
            ownerId: ids.zoe,
            dueDate: '2026-12-15',
          },
        ],
        goals: [
          {
            id: 'goal-0001',
            title: 'Every lead called within two days',
            criteria: 'The CRM shows it four weeks in a row',
            begins: '2026-12-01',
            ends: '2027-03-31',
            activityIds: ['activity-1'],
            confirmed: true,
          },
        ],
      },
    })
    const { paper } = await call(env, 'settings:formats', {})
    const r = await call(env, 'pdf:export', {
      ...ref,
      kind: 'all',
      memberId: null,
      pageSize: paper,
      open: false,
    })
    const path = r.path!
    toPngs(path, `locale-${systemLocale}`)
    const result = {
      language: pdfLanguage(path),
      text: squash(allText(path)),
      size: pageSizePts(path),
    }
    await env.cleanup()
    env = await startTempCore()
    return result
  }

  it('prints on Letter with 12-hour times and US dates in en-US, on A4 with 24-hour times in de-DE', async () => {
    const us = await exportIn('en-US')
    const de = await exportIn('de-DE')
    expect(us.size).toEqual([612, 792])
    expect(de.size).toEqual([595.28, 841.89])
    expect(us.text).toContain('Dec 15, 2026')
    expect(us.text).toContain('Dec 1, 2026 – Mar 31, 2027')
    expect(de.text).toContain('15.12.2026')
    expect(de.text).toContain('01.12.2026 – 31.03.2027')
    // When the session was held, on the summary: "2:30 PM" against "14:30" (in this computer's zone).
    expect(us.text).toMatch(/Nov 2\d, 2026, \d{1,2}:\d{2}\s?[AP]M/)
    expect(de.text).toMatch(/2\d\.11\.2026, \d{2}:\d{2}(?!\s?[AP]M)/)
    expect(de.text).not.toMatch(/\d [AP]M/)
    expect(us.language).toBe('en-US')
    expect(de.language).toBe('de-DE')
  })
})

describe('paper for the room and for the client', { timeout: 120_000 }, () => {
  it('prints a blank hand-out per person before the session starts, one page each', async () => {
    env = await startTempCore()
    const ids = await seed(env)
    const r = await call(env, 'pdf:export', {
      clientId: ids.clientId,
      workshopId: ids.workshopId,
      kind: 'blank',
      memberId: null,
      pageSize: 'A4',
      open: false,
    })
    wellFormed(r.path!)
    toPngs(r.path!, 'blank-handouts')
    expect(pageCount(r.path!)).toBe(3)
    const names = ['Zoë Šimková', '佐藤 花子', 'Ola Nordmann']
    names.forEach((name, i) => {
      const page = squash(pageText(r.path!, i + 1))
      for (const want of [name, 'Ørsted & Co', 'Goal begins', 'Review 4', 'Goal ends'])
        expect(page).toContain(want)
      for (const want of ['Activities to stop', 'Activities to improve', 'My commitment'])
        expect(page).toContain(want)
    })
  })

  it("prints the manager's sheet with room to write, the support note and one signature", async () => {
    env = await startTempCore()
    const ids = await seed(env)
    const ref = { clientId: ids.clientId, workshopId: ids.workshopId }
    const { workshop } = await call(env, 'workshops:get', ref)
    await call(env, 'workshops:saveBoard', {
      ...ref,
      board: {
        ...workshop.board,
        support: { [ids.ola]: { supported: true, note: 'Two hours a week for the CRM report' } },
      },
    })
    const r = await call(env, 'pdf:export', {
      ...ref,
      kind: 'member',
      memberId: ids.ola,
      pageSize: 'LETTER',
      open: false,
    })
    wellFormed(r.path!)
    toPngs(r.path!, 'manager-sheet')
    expect(r.path).toMatch(/manager's sheet Ola Nordmann\.pdf$/)
    const text = squash(allText(r.path!))
    expect(text).toContain("Manager's sheet")
    expect(text).toContain('Two hours a week for the CRM report')
    expect(text).toContain('What I will provide')
    expect(text.match(/Signature —/g)).toEqual(['Signature —'])
    expect(text).not.toContain('write it here')
  })

  it('prints the agreement as a one-page summary with a line for everyone, then the cards', async () => {
    env = await startTempCore()
    await call(env, 'settings:update', { facilitatorName: 'Françoise Lefèvre' })
    const { clientId } = await call(env, 'samples:create', {})
    const [agreement] = await call(env, 'agreements:list', { clientId })
    const { agreement: file } = await call(env, 'agreements:get', {
      clientId,
      agreementId: agreement!.id,
    })
    const r = await call(env, 'pdf:agreement', {
      clientId,
      agreementId: file.id,
      version: file.versions.at(-1)?.number ?? null,
      pageSize: 'A4',
      open: false,
    })
    wellFormed(r.path!)
    toPngs(r.path!, 'agreement-summary')
    const first = squash(pageText(r.path!, 1))
    expect(first).toContain('Signed by')
    expect(first).toContain('Reply within')
    expect(first).toContain('When nobody answers')
    for (const p of file.participants) expect(first).toContain(p.name)
    for (const level of file.terms.levels) expect(first).toContain(level.name)
    expect(squash(pageText(r.path!, 2))).toContain('How to reach me')
  })

  it('prints the engagement report, whose contents point at the right pages', async () => {
    env = await startTempCore()
    await call(env, 'settings:update', { facilitatorName: 'Françoise Lefèvre' })
    const { clientId } = await call(env, 'samples:create', {})
    const r = await call(env, 'pdf:report', { clientId, pageSize: 'A4', open: false })
    wellFormed(r.path!)
    toPngs(r.path!, 'engagement-report')
    const pages = pageCount(r.path!)
    expect(r.pageCount).toBe(pages)
    const cover = squash(pageText(r.path!, 1))
    expect(cover).toContain('Engagement report')
    expect(cover).toContain('Prepared by Françoise Lefèvre')
    const entries = [...pageText(r.path!, 2).matchAll(/^\s*\d+\.\s+(.+?)\s{2,}(\d+)\s*$/gm)].map(
      (m) => ({ title: m[1]!.trim(), page: Number(m[2]) }),
    )
    expect(entries.map((e) => e.title)).toEqual(
      expect.arrayContaining([
        'Sessions held',
        'Goals and their activities',
        'Reviews and adjustments',
        'Alignment over time',
        'Completion of commitments',
        'Channel preferences',
        'Communication agreement',
        'Cross-training',
        'Open commitments',
      ]),
    )
    for (const e of entries) {
      expect(e.page).toBeLessThanOrEqual(pages)
      expect(squash(pageText(r.path!, e.page)), `“${e.title}” on page ${e.page}`).toContain(e.title)
    }
    const all = squash(allText(r.path!))
    for (const want of ['Items by status', '1 = never if I can help it', 'Met when:'])
      expect(all).toContain(want)
  })
})
