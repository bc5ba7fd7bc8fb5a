import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import type { CalendarEvent } from '../../../../electron/exports/calendar-ics'
import { calendarIcs } from '../../../../electron/exports/calendar-ics'

const stamp = new Date('2026-03-01T12:00:00Z')

const event = (over: Partial<CalendarEvent>): CalendarEvent => ({
  uid: 'review-1@smartketing',
  sequence: 0,
  attendees: [],
  title: 'Goal review: Q1 goals',
  description: '',
  date: '2026-03-26',
  time: '10:00',
  durationMinutes: 60,
  repeat: null,
  ...over,
})

/** Parses like a calendar app would: the file's VTIMEZONEs are registered before times are read. */
const read = (text: string) => {
  const root = new ICAL.Component(ICAL.parse(text))
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  const events = root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
  return { root, events }
}

const utc = (t: ICAL.Time) => t.toJSDate().toISOString()

/** Every occurrence of a (possibly repeating) event, as UTC instants. */
const occurrences = (e: ICAL.Event, limit = 60) => {
  const out: string[] = []
  const it = e.iterator()
  for (let next = it.next(); next && out.length < limit; next = it.next()) {
    out.push(utc(e.getOccurrenceDetails(next).startDate))
  }
  return out
}

const only = <T>(list: T[]): T => {
  expect(list).toHaveLength(1)
  return list[0]!
}

describe('calendarIcs', () => {
  it('writes one VEVENT per event, with the given summaries, UIDs and a PRODID naming the app', () => {
    const text = calendarIcs(
      [
        event({ uid: 'a@x', title: 'Goal review: Q1, spring; 2026' }),
        event({ uid: 'b@x', title: 'Follow-up meeting: Pipeline', date: '2026-04-02' }),
        event({ uid: 'c@x', title: 'Goal review: Q2', time: null }),
      ],
      { name: 'Ørsted & Co, follow-up', timeZone: 'Europe/Berlin', stamp },
    )
    const { root, events } = read(text)
    expect(events.map((e) => e.summary)).toEqual([
      'Goal review: Q1, spring; 2026',
      'Follow-up meeting: Pipeline',
      'Goal review: Q2',
    ])
    expect(events.map((e) => e.uid)).toEqual(['a@x', 'b@x', 'c@x'])
    expect(root.getFirstPropertyValue('prodid')).toContain('Smartketing Workshop')
    expect(root.getFirstPropertyValue('version')).toBe('2.0')
    // NAME is TEXT (RFC 7986): its comma is escaped so it cannot read as a list.
    expect(text).toContain('\r\nNAME:Ørsted & Co\\, follow-up\r\n')
    expect(text).toMatch(/\r\n/)
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true)
  })

  it('keeps the same bytes, UIDs included, when the same events are exported again', () => {
    const events = [event({}), event({ uid: 'meeting@x', time: null })]
    const options = { name: 'Client', timeZone: 'Europe/Berlin', stamp }
    expect(calendarIcs(events, options)).toBe(calendarIcs(events, options))
  })

  it('writes all-day events as DATE values, one day long, with no time zone', () => {
    const text = calendarIcs([event({ time: null, date: '2026-10-25' })], {
      name: 'C',
      timeZone: 'Pacific/Auckland',
      stamp,
    })
    const e = only(read(text).events)
    expect(e.startDate.isDate).toBe(true)
    expect(e.startDate.toString()).toBe('2026-10-25')
    expect(e.endDate.toString()).toBe('2026-10-26')
    expect(text).toContain('DTSTART;VALUE=DATE:20261025')
    expect(text).not.toContain('BEGIN:VTIMEZONE')
  })

  it('puts a timed event in Europe/Berlin with TZID and the matching VTIMEZONE', () => {
    const text = calendarIcs([event({ durationMinutes: 90 })], {
      name: 'C',
      timeZone: 'Europe/Berlin',
      stamp,
    })
    const { root, events } = read(text)
    const e = only(events)
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260326T100000')
    expect(only(root.getAllSubcomponents('vtimezone')).getFirstPropertyValue('tzid')).toBe(
      'Europe/Berlin',
    )
    expect(e.startDate.zone?.tzid).toBe('Europe/Berlin')
    expect(utc(e.startDate)).toBe('2026-03-26T09:00:00.000Z')
    expect(utc(e.endDate)).toBe('2026-03-26T10:30:00.000Z')
  })

  it('keeps a weekly series at 10:00 local across the switch to summer time', () => {
    const text = calendarIcs([event({ repeat: { every: 'week', count: 4 } })], {
      name: 'C',
      timeZone: 'Europe/Berlin',
      stamp,
    })
    expect(text).toContain('RRULE:FREQ=WEEKLY;COUNT=4')
    const e = only(read(text).events)
    expect(e.isRecurring()).toBe(true)
    // Summer time starts on 2026-03-29: 10:00 CET is 09:00Z, 10:00 CEST is 08:00Z.
    expect(occurrences(e)).toEqual([
      '2026-03-26T09:00:00.000Z',
      '2026-04-02T08:00:00.000Z',
      '2026-04-09T08:00:00.000Z',
      '2026-04-16T08:00:00.000Z',
    ])
  })

  it('does the same for America/New_York, whose clocks change on another date', () => {
    const text = calendarIcs(
      [event({ date: '2026-03-05', time: '09:30', repeat: { every: 'week', count: 3 } })],
      { name: 'C', timeZone: 'America/New_York', stamp },
    )
    const e = only(read(text).events)
    expect(e.startDate.zone?.tzid).toBe('America/New_York')
    expect(occurrences(e)).toEqual([
      '2026-03-05T14:30:00.000Z',
      '2026-03-12T13:30:00.000Z',
      '2026-03-19T13:30:00.000Z',
    ])
  })

  it('repeats monthly, all-day events too', () => {
    const text = calendarIcs(
      [event({ time: null, date: '2026-01-15', repeat: { every: 'month', count: 3 } })],
      { name: 'C', timeZone: 'Europe/Berlin', stamp },
    )
    expect(text).toContain('RRULE:FREQ=MONTHLY;COUNT=3')
    const e = only(read(text).events)
    const dates: string[] = []
    const it = e.iterator()
    for (let next = it.next(); next; next = it.next()) dates.push(next.toString())
    expect(dates).toEqual(['2026-01-15', '2026-02-15', '2026-03-15'])
  })

  it('names the canonical TZID for an alias, so events and VTIMEZONE match', () => {
    const text = calendarIcs([event({ time: '18:00' })], {
      name: 'C',
      timeZone: 'Asia/Calcutta',
      stamp,
    })
    expect(text).toContain('TZID:Asia/Kolkata')
    expect(text).toContain('DTSTART;TZID=Asia/Kolkata:20260326T180000')
    expect(utc(only(read(text).events).startDate)).toBe('2026-03-26T12:30:00.000Z')
  })

  it('keeps descriptions with line breaks, commas and accents', () => {
    const description = `Open items:\n• Zoë: call 3 clients, then report; “soon”\n• Jürgen: 中文 brochure 🚀 ${'long '.repeat(20)}`
    const text = calendarIcs([event({ description })], {
      name: 'C',
      timeZone: 'Europe/Berlin',
      stamp,
    })
    expect(only(read(text).events).description).toBe(description)
  })

  it('refuses a time zone it does not know, saying which', () => {
    expect(() =>
      calendarIcs([event({})], { name: 'C', timeZone: 'Mars/Olympus_Mons', stamp }),
    ).toThrow(/"Mars\/Olympus_Mons" is not a time zone/)
    expect(() => calendarIcs([], { name: 'C', timeZone: '', stamp })).toThrow(/not a time zone/)
  })
})
