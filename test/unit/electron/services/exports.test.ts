import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import ICAL from 'ical.js'
import { afterEach, describe, expect, it } from 'vitest'
import type { Channel, Input, Output } from '../../../../shared/api/contract'
import type { Result } from '../../../../shared/api/result'
import { DEFAULT_ACTION_PLAN, emptyMeetingBoard } from '../../../../shared/meeting/meeting'
import { emptyBoard } from '../../../../shared/workshop/workshop'
import { dispatch } from '../../../../electron/services/dispatch'
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
