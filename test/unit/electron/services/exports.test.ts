import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import ICAL from 'ical.js'
import { afterEach, describe, expect, it } from 'vitest'
import type { Channel, Input, Output } from '../../../../shared/api/contract'
import type { Result } from '../../../../shared/api/result'
import { DEFAULT_ACTION_PLAN, emptyMeetingBoard } from '../../../../shared/meeting/meeting'
import { emptyBoard } from '../../../../shared/workshop/workshop'
import { dispatch } from '../../../../electron/services/dispatch'
import { libreOfficeCsv, pythonIcalEvents } from '../../../support/office-tools'
import { startTempCore } from '../../../support/temp-core'

type Env = Awaited<ReturnType<typeof startTempCore>>
let env: Env
afterEach(() => env.cleanup())

let clock: Date
/** Each call a minute later, so the sessions have an order of their own. */
const start = (options: Parameters<typeof startTempCore>[0] = {}) => {
  clock = new Date('2026-03-02T09:00:00.000Z')
  return startTempCore({
    now: () => (clock = new Date(clock.getTime() + 60_000)),
    ...options,
  })
}

const call = async <K extends Channel>(name: K, input: Input<K>) =>
  (await dispatch(env.handlers, name, input)) as Result<Output<K>>
const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value
}

const activity = (id: string, text: string, ownerId: string, dueDate: string) => ({
  id,
  text,
  kind: 'improve' as const,
  tag: 'joint' as const,
  proposedBy: ownerId,
  ownerId,
  dueDate,
})

/**
 * A client with a goal workshop (two activities, reviews on 10 April and 8 May, the first one
 * held) and an action-plan meeting whose next meeting is on 24 April.
 */
const seed = async () => {
  const { id: clientId } = value(await call('clients:create', { name: 'Ørsted & Co: Nord/Süd' }))
  const add = async (name: string, department: 'sales' | 'marketing' | 'management') =>
    value(await call('members:add', { clientId, member: { name, department } })).id
  const zoe = await add('Zoë Šimková', 'sales')
  const jurgen = await add('Jürgen Größ', 'marketing')
  const ola = await add('Ola Nordmann', 'management')
  const goals = value(
    await call('workshops:create', {
      clientId,
      kind: 'goals',
      title: 'Q2 goals',
      scope: 'joint',
      participantIds: [zoe, jurgen],
      managerId: ola,
      plan: [{ name: 'Goals', prompt: '', minutes: 15 }],
    }),
  )
  value(
    await call('workshops:saveBoard', {
      clientId,
      workshopId: goals.id,
      board: {
        ...emptyBoard(),
        activities: [
          activity('activity-1', '+10% qualified leads, "warm" ones', zoe, '2026-04-01'),
          activity('activity-2', 'Brochure in 中文, café edition', jurgen, '2026-04-15'),
        ],
        goals: [
          {
            id: 'goal-001',
            title: 'More joint wins',
            criteria: 'Five deals closed together',
            begins: null,
            ends: null,
            activityIds: ['activity-1', 'activity-2'],
            confirmed: true,
          },
        ],
        reviewDates: ['2026-04-10', '2026-05-08', null, null],
      },
    }),
  )
  const meeting = value(
    await call('workshops:create', {
      clientId,
      kind: 'actions',
      title: 'Action plan',
      scope: 'joint',
      participantIds: [zoe, jurgen],
      managerId: null,
      plan: DEFAULT_ACTION_PLAN,
    }),
  )
  const plan = { commitment: 'Same day', dueDate: '2026-04-20', statedAt: null, spokenMs: 0 }
  value(
    await call('workshops:saveMeeting', {
      clientId,
      workshopId: meeting.id,
      meeting: {
        ...emptyMeetingBoard(),
        plans: { [zoe]: { ...plan, plan: 'Call every lead' } },
        nextMeeting: '2026-04-24',
      },
    }),
  )
  const between = { kind: 'between' as const, id: clientId }
  const setStatus = async (itemKey: string, status: 'done' | 'in-progress', note: string) =>
    value(
      await call('followup:setStatus', { clientId, itemKey, status, note, recordedAt: between }),
    )
  await setStatus(`activity:${goals.id}:activity-1`, 'done', 'Twelve, in fact')
  await setStatus(`meeting:${meeting.id}:${zoe}`, 'in-progress', '=HYPERLINK("http://x")')
  value(await call('followup:startReview', { clientId, workshopId: goals.id, date: '2026-04-10' }))
  return { clientId, goals, meeting }
}

const readCalendar = async (path: string) => {
  const root = new ICAL.Component(ICAL.parse(await readFile(path, 'utf8')))
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  return root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
}

const occurrences = (e: ICAL.Event) => {
  const out: string[] = []
  const it = e.iterator()
  for (let next = it.next(); next && out.length < 60; next = it.next())
    out.push(next.toJSDate().toISOString())
  return out
}

const calendarInput = (clientId: string): Input<'export:calendar'> => ({
  clientId,
  time: '10:00',
  durationMinutes: 45,
  timeZone: 'Europe/Berlin',
  repeat: { every: 'week', count: 3 },
})

describe('export:calendar', () => {
  it('writes the coming reviews and meetings, the last meeting as a weekly series', async () => {
    env = await start()
    const s = await seed()
    const { path } = value(await call('export:calendar', calendarInput(s.clientId)))
    expect(path).toBe(join(env.dataDir, 'exports', 'Ørsted & Co Nord Süd follow-up dates.ics'))
    const events = await readCalendar(path!)
    const byTitle = Object.fromEntries(events.map((e) => [e.summary, e]))
    // The review of 10 April was held, so it is no longer in the calendar.
    expect(Object.keys(byTitle).sort()).toEqual([
      'Follow-up meeting: Action plan',
      'Goal review: Q2 goals',
    ])
    const review = byTitle['Goal review: Q2 goals']!
    expect(review.startDate.toJSDate().toISOString()).toBe('2026-05-08T08:00:00.000Z')
    expect(review.endDate.toJSDate().toISOString()).toBe('2026-05-08T08:45:00.000Z')
    expect(review.isRecurring()).toBe(false)
    expect(review.description).toContain('Brochure in 中文, café edition')
    expect(review.description).not.toContain('qualified leads')
    const meeting = byTitle['Follow-up meeting: Action plan']!
    expect(meeting.startDate.zone?.tzid).toBe('Europe/Berlin')
    expect(meeting.description).toContain('Call every lead')
    expect(occurrences(meeting)).toEqual([
      '2026-04-24T08:00:00.000Z',
      '2026-05-01T08:00:00.000Z',
      '2026-05-08T08:00:00.000Z',
    ])
  })

  it('keeps the UIDs from one export to the next and makes all-day events without a time', async () => {
    env = await start()
    const s = await seed()
    const input = { ...calendarInput(s.clientId), time: null, repeat: null }
    const first = await readCalendar(value(await call('export:calendar', input)).path!)
    const second = await readCalendar(value(await call('export:calendar', input)).path!)
    expect(second.map((e) => e.uid)).toEqual(first.map((e) => e.uid))
    expect(new Set(first.map((e) => e.uid)).size).toBe(2)
    expect(first.every((e) => e.startDate.isDate && !e.isRecurring())).toBe(true)
  })

  it('refuses when there is nothing to put in a calendar', async () => {
    env = await start()
    const { id: clientId } = value(await call('clients:create', { name: 'Empty' }))
    const r = await call('export:calendar', calendarInput(clientId))
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message:
          'There are no review dates, follow-up meetings or cross-training sessions to put in a calendar yet.',
      },
    })
    expect(existsSync(join(env.dataDir, 'exports'))).toBe(false)
  })

  it('refuses a time zone it does not know', async () => {
    env = await start()
    const s = await seed()
    const r = await call('export:calendar', { ...calendarInput(s.clientId), timeZone: 'Mars/Base' })
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    if (!r.ok) expect(r.error.message).toContain('Mars/Base')
  })
})

describe('export:actions', () => {
  it('writes every tracked action with its owner, status in words and latest note', async () => {
    env = await start()
    const s = await seed()
    const { path } = value(await call('export:actions', { clientId: s.clientId }))
    expect(path).toBe(join(env.dataDir, 'exports', 'Ørsted & Co Nord Süd actions.csv'))
    const bytes = await readFile(path!)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const [header, ...rows] = parse(bytes, { bom: true }) as string[][]
    expect(header).toEqual([
      'Session',
      'Session date',
      'From',
      'Action',
      'Detail',
      'Owner',
      'Due',
      'Status',
      'Latest note',
      'Last updated',
    ])
    expect(rows).toEqual([
      [
        'Q2 goals',
        '2026-03-02',
        'Goal workshop',
        // A leading "+" would run as a formula in a spreadsheet.
        `'+10% qualified leads, "warm" ones`,
        'More joint wins',
        'Zoë Šimková',
        '2026-04-01',
        'Done',
        'Twelve, in fact',
        '2026-03-02',
      ],
      [
        'Q2 goals',
        '2026-03-02',
        'Goal workshop',
        'Brochure in 中文, café edition',
        'More joint wins',
        'Jürgen Größ',
        '2026-04-15',
        'Open',
        '',
        '',
      ],
      [
        'Action plan',
        '2026-03-02',
        'Action-plan meeting',
        'Call every lead',
        'Same day',
        'Zoë Šimková',
        '2026-04-20',
        'In progress',
        `'=HYPERLINK("http://x")`,
        '2026-03-02',
      ],
    ])
  })

  it('writes nothing when the save dialog is cancelled', async () => {
    let written = false
    env = await start({
      savePdf: {
        choosePath: async () => null,
        write: async () => void (written = true),
        open: async () => undefined,
      },
    })
    const s = await seed()
    expect(value(await call('export:actions', { clientId: s.clientId }))).toEqual({ path: null })
    expect(value(await call('export:calendar', calendarInput(s.clientId)))).toEqual({ path: null })
    expect(written).toBe(false)
  })
})

describe('calendar updates', () => {
  const moveReview = async (clientId: string, workshopId: string, from: string, to: string) => {
    const { workshop } = value(await call('workshops:get', { clientId, workshopId }))
    const reviewDates = workshop.board.reviewDates.map((d) => (d === from ? to : d))
    value(
      await call('workshops:saveBoard', {
        clientId,
        workshopId,
        board: { ...workshop.board, reviewDates },
      }),
    )
  }

  it('keeps a moved review’s UID and raises its SEQUENCE, read by ical.js and by Python’s icalendar', async () => {
    env = await start()
    const s = await seed()
    const input = { ...calendarInput(s.clientId), repeat: null }
    const before = await readFile(value(await call('export:calendar', input)).path!, 'utf8')
    // Exporting again without a change says the same thing.
    const again = await readFile(value(await call('export:calendar', input)).path!, 'utf8')
    await moveReview(s.clientId, s.goals.id, '2026-05-08', '2026-05-15')
    const after = await readFile(value(await call('export:calendar', input)).path!, 'utf8')

    const review = (text: string) =>
      pythonIcalEvents(text).find((e) => e.summary.startsWith('Goal review'))!
    const [b, a, same] = [review(before), review(after), review(again)]
    expect(a.uid).toBe(b.uid)
    expect(a.uid).not.toContain('2026-05')
    expect(same.sequence).toBe(b.sequence)
    expect(a.sequence).toBeGreaterThan(b.sequence)
    expect(a.start).toContain('2026-05-15')
    const js = (await readCalendarText(after)).find((e) => e.uid === a.uid)!
    expect(js.sequence).toBe(a.sequence)
    expect(js.startDate.toJSDate().toISOString()).toBe('2026-05-15T08:00:00.000Z')
  })

  it('puts dated cross-training sessions in, and invites people by their e-mail when asked', async () => {
    env = await start()
    const s = await seed()
    const { client } = value(await call('clients:get', { clientId: s.clientId }))
    const [zoe, jurgen] = client.members
    value(
      await call('members:update', {
        clientId: s.clientId,
        memberId: zoe!.id,
        member: { name: zoe!.name, department: 'sales', email: 'zoe@example.com' },
      }),
    )
    value(
      await call('followup:savePairing', {
        clientId: s.clientId,
        pairing: {
          id: 'pairing-0001',
          salesId: zoe!.id,
          marketingId: jurgen!.id,
          date: '2026-04-21',
          focus: 'shadowing',
          topic: 'A day of customer visits',
          salesLearned: '',
          marketingLearned: '',
        },
      }),
    )
    const input = { ...calendarInput(s.clientId), repeat: null, attendees: true }
    const events = pythonIcalEvents(
      await readFile(value(await call('export:calendar', input)).path!, 'utf8'),
    )
    const pairing = events.find((e) => e.uid.startsWith('pairing-pairing-0001'))!
    expect(pairing.summary).toBe('Cross-training: Zoë Šimková and Jürgen Größ')
    expect(pairing.start).toContain('2026-04-21')
    expect(pairing.attendees.map((a) => a.toLowerCase())).toEqual(['mailto:zoe@example.com'])
    const review = events.find((e) => e.summary.startsWith('Goal review'))!
    expect(review.attendees.map((a) => a.toLowerCase())).toEqual(['mailto:zoe@example.com'])
  })
})

describe('spreadsheets in the person’s formats', { timeout: 180_000 }, () => {
  it('writes an .xlsx with dates as dates and text as text, read back by exceljs and LibreOffice', async () => {
    env = await start({ systemLocale: 'de-DE' })
    const s = await seed()
    value(
      await call('followup:setStatus', {
        clientId: s.clientId,
        itemKey: `activity:${s.goals.id}:activity-2`,
        status: 'in-progress',
        note: '-10% budget, =SUM(1,2) is not a formula',
        recordedAt: { kind: 'between', id: s.clientId },
      }),
    )
    const { path } = value(await call('export:actions', { clientId: s.clientId, format: 'xlsx' }))
    expect(path).toMatch(/actions\.xlsx$/)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(path!)
    const sheet = book.getWorksheet('Actions')!
    expect(sheet.getRow(1).values).toEqual([undefined, ...CSV_HEADER])
    const rows = sheet.getRows(2, sheet.rowCount - 1)!
    const byAction = (text: string) => rows.find((r) => String(r.getCell(4).value).includes(text))!
    const brochure = byAction('Brochure')
    const due = brochure.getCell(7)
    expect(due.type).toBe(ExcelJS.ValueType.Date)
    expect((due.value as Date).toISOString()).toBe('2026-04-15T00:00:00.000Z')
    expect(due.numFmt).toBe('dd.mm.yyyy')
    const note = brochure.getCell(9)
    expect(note.type).toBe(ExcelJS.ValueType.String)
    expect(note.value).toBe('-10% budget, =SUM(1,2) is not a formula')
    expect(byAction('qualified leads').getCell(4).value).toBe('+10% qualified leads, "warm" ones')
    sheet.eachRow((row) =>
      row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)),
    )

    const [header, ...shown] = parse(libreOfficeCsv(path!)) as string[][]
    expect(header).toEqual(CSV_HEADER)
    const line = shown.find((r) => r[3]!.startsWith('Brochure'))!
    expect(line[3]).toBe('Brochure in 中文, café edition')
    expect(line[6]).toBe('15.04.2026')
    expect(line[8]).toBe('-10% budget, =SUM(1,2) is not a formula')
    expect(shown.find((r) => r[3]!.includes('qualified'))![3]).toBe(
      '+10% qualified leads, "warm" ones',
    )
  })

  it('writes a CSV with semicolons when asked', async () => {
    env = await start()
    const s = await seed()
    const { path } = value(
      await call('export:actions', { clientId: s.clientId, format: 'csv', delimiter: ';' }),
    )
    const [header] = parse(await readFile(path!), { bom: true, delimiter: ';' }) as string[][]
    expect(header).toEqual(CSV_HEADER)
  })
})

const CSV_HEADER = [
  'Session',
  'Session date',
  'From',
  'Action',
  'Detail',
  'Owner',
  'Due',
  'Status',
  'Latest note',
  'Last updated',
]

const readCalendarText = async (text: string) => {
  const root = new ICAL.Component(ICAL.parse(text))
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  return root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
}
