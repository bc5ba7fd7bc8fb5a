import { describe, expect, it } from 'vitest'
import { iso, local, person } from '../../../support/comms-fixtures'
import {
  addReachableMinutes,
  isReachable,
  isValidTimeZone,
  isWorking,
  localLabel,
  nextReachable,
  offGridAt,
  workingDayMinutes,
} from '../../../../shared/comms/availability'

const everyDay = [1, 2, 3, 4, 5, 6, 7]

describe('working hours', () => {
  const ana = person()

  it('works on work days between start and end, in their own zone', () => {
    expect(isWorking(ana, local('2026-01-05T09:00'))).toBe(true)
    expect(isWorking(ana, Date.UTC(2026, 0, 5, 8, 0))).toBe(true)
    expect(isWorking(ana, local('2026-01-05T08:59'))).toBe(false)
    expect(isWorking(ana, local('2026-01-05T16:59'))).toBe(true)
    expect(isWorking(ana, local('2026-01-05T17:00'))).toBe(false)
    expect(isWorking(ana, local('2026-01-10T10:00'))).toBe(false)
  })

  it('runs a span whose end is before its start into the next day, belonging to its first day', () => {
    const night = person({ workDays: [1], workStart: '22:00', workEnd: '06:00' })
    expect(isWorking(night, local('2026-01-05T23:00'))).toBe(true)
    expect(isWorking(night, local('2026-01-06T05:59'))).toBe(true)
    expect(isWorking(night, local('2026-01-06T06:00'))).toBe(false)
    expect(isWorking(night, local('2026-01-05T03:00'))).toBe(false)
    expect(isWorking(night, local('2026-01-06T23:00'))).toBe(false)
  })

  it('measures the working day, also across midnight', () => {
    expect(workingDayMinutes(ana)).toBe(480)
    expect(workingDayMinutes(person({ workStart: '22:00', workEnd: '06:30' }))).toBe(510)
    expect(workingDayMinutes(person({ workStart: '00:00', workEnd: '00:00' }))).toBe(1440)
  })

  it('falls back to UTC for a zone that does not exist', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true)
    expect(isValidTimeZone('UTC')).toBe(true)
    expect(isValidTimeZone('Mars/Olympus')).toBe(false)
    expect(isValidTimeZone('')).toBe(false)
    const lost = person({ timeZone: 'Mars/Olympus' })
    expect(isWorking(lost, Date.UTC(2026, 0, 5, 9, 0))).toBe(true)
    expect(isWorking(lost, Date.UTC(2026, 0, 5, 8, 30))).toBe(false)
    expect(localLabel(Date.UTC(2026, 0, 5, 9, 30), 'Mars/Olympus')).toBe('Mon 09:30')
  })

  it('labels a moment in a zone', () => {
    expect(localLabel(Date.UTC(2026, 0, 5, 8, 30), 'Europe/Berlin')).toBe('Mon 09:30')
    expect(localLabel(Date.UTC(2026, 0, 5, 23, 0), 'Asia/Tokyo')).toBe('Tue 08:00')
  })
})

describe('daylight saving time', () => {
  it('keeps 09:00 local in Berlin across the change on 2026-03-29', () => {
    const dora = person({ workDays: everyDay })
    expect(nextReachable(dora, Date.UTC(2026, 2, 27, 20))).toBe(Date.UTC(2026, 2, 28, 8))
    expect(nextReachable(dora, Date.UTC(2026, 2, 28, 18))).toBe(Date.UTC(2026, 2, 29, 7))
    // 09:00–17:00 CEST is 07:00–15:00 UTC on the change day.
    expect(isWorking(dora, Date.UTC(2026, 2, 29, 14, 59))).toBe(true)
    expect(isWorking(dora, Date.UTC(2026, 2, 29, 15, 0))).toBe(false)
    expect(isWorking(dora, Date.UTC(2026, 2, 30, 7))).toBe(true)
  })

  it('keeps 09:00 local in New York on both change days', () => {
    const ned = person({ timeZone: 'America/New_York', workDays: everyDay })
    expect(nextReachable(ned, Date.UTC(2026, 2, 7, 23))).toBe(Date.UTC(2026, 2, 8, 13))
    expect(nextReachable(ned, Date.UTC(2026, 2, 7, 0))).toBe(Date.UTC(2026, 2, 7, 14))
    expect(nextReachable(ned, Date.UTC(2026, 9, 31, 23))).toBe(Date.UTC(2026, 10, 1, 14))
    expect(nextReachable(ned, Date.UTC(2026, 9, 30, 23))).toBe(Date.UTC(2026, 9, 31, 13))
    expect(addReachableMinutes(ned, Date.UTC(2026, 10, 1, 14), 480)).toBe(Date.UTC(2026, 10, 1, 22))
  })
})

describe('off the grid', () => {
  const sam = person({
    timeZone: 'UTC',
    workDays: everyDay,
    workStart: '00:00',
    workEnd: '00:00',
    weeklyOffGrid: [
      { id: 'block-night', day: 5, start: '22:00', end: '02:00', label: 'Night out' },
    ],
    datedOffGrid: [
      { id: 'block-fair', from: '2026-01-14T08:00', to: '2026-01-15T12:00', label: 'Trade fair' },
    ],
  })

  it('runs a weekly block past midnight into the next day', () => {
    expect(offGridAt(sam, Date.UTC(2026, 0, 9, 21, 59))).toBeNull()
    expect(offGridAt(sam, Date.UTC(2026, 0, 9, 22, 0))).toMatchObject({ kind: 'weekly' })
    expect(offGridAt(sam, Date.UTC(2026, 0, 10, 1, 0))).toMatchObject({
      kind: 'weekly',
      block: { label: 'Night out' },
      end: Date.UTC(2026, 0, 10, 2),
    })
    expect(isReachable(sam, Date.UTC(2026, 0, 10, 1, 0))).toBe(false)
    expect(isWorking(sam, Date.UTC(2026, 0, 10, 1, 0))).toBe(true)
    expect(isReachable(sam, Date.UTC(2026, 0, 10, 2, 30))).toBe(true)
    expect(offGridAt(sam, Date.UTC(2026, 0, 11, 1, 0))).toBeNull()
  })

  it('treats a dated block as [from, to) in the person’s zone', () => {
    expect(isReachable(sam, Date.UTC(2026, 0, 14, 7, 59))).toBe(true)
    expect(offGridAt(sam, Date.UTC(2026, 0, 14, 8))).toMatchObject({ kind: 'dated' })
    expect(offGridAt(sam, Date.UTC(2026, 0, 15, 11, 59))).toMatchObject({ kind: 'dated' })
    expect(offGridAt(sam, Date.UTC(2026, 0, 15, 12))).toBeNull()
    expect(nextReachable(sam, Date.UTC(2026, 0, 14, 9))).toBe(Date.UTC(2026, 0, 15, 12))
  })

  it('reads dated blocks as wall-clock time in the person’s zone', () => {
    const ana = person({
      datedOffGrid: [
        { id: 'block-fair', from: '2026-01-05T09:00', to: '2026-01-05T13:00', label: '' },
      ],
    })
    expect(isReachable(ana, Date.UTC(2026, 0, 5, 11, 59))).toBe(false)
    expect(nextReachable(ana, Date.UTC(2026, 0, 5, 8))).toBe(Date.UTC(2026, 0, 5, 12))
  })
})

describe('nextReachable', () => {
  const ana = person()

  it('is the moment itself when the person is reachable', () => {
    const t = local('2026-01-05T10:17')
    expect(nextReachable(ana, t)).toBe(t)
  })

  it('is the next start of work after hours and over the weekend', () => {
    expect(iso(nextReachable(ana, local('2026-01-05T18:00')))).toBe('2026-01-06T09:00')
    expect(iso(nextReachable(ana, local('2026-01-09T17:00')))).toBe('2026-01-12T09:00')
  })

  it('is null when nothing is reachable within the horizon', () => {
    expect(nextReachable(person({ workDays: [] }), local('2026-01-05T10:00'))).toBeNull()
    const away = person({
      datedOffGrid: [
        { id: 'block-leave', from: '2026-01-01T00:00', to: '2026-02-01T00:00', label: '' },
      ],
    })
    expect(nextReachable(away, local('2026-01-05T10:00'))).toBeNull()
    expect(iso(nextReachable(away, local('2026-01-05T10:00'), 40))).toBe('2026-02-02T09:00')
  })
})

describe('addReachableMinutes', () => {
  const ana = person({
    weeklyOffGrid: [{ id: 'block-lunch', day: 3, start: '12:00', end: '13:00', label: 'Lunch' }],
  })

  it('stops the clock at the end of the working day', () => {
    expect(iso(addReachableMinutes(ana, local('2026-01-05T16:30'), 60))).toBe('2026-01-06T09:30')
    expect(iso(addReachableMinutes(ana, local('2026-01-05T16:00'), 60))).toBe('2026-01-05T17:00')
  })

  it('skips the weekend', () => {
    expect(iso(addReachableMinutes(ana, local('2026-01-09T16:30'), 60))).toBe('2026-01-12T09:30')
    expect(iso(addReachableMinutes(ana, local('2026-01-10T11:00'), 30))).toBe('2026-01-12T09:30')
  })

  it('skips off-grid time and spans several days', () => {
    expect(iso(addReachableMinutes(ana, local('2026-01-07T11:30'), 60))).toBe('2026-01-07T13:30')
    // A working week less Wednesday's lunch hour ends on Friday evening …
    expect(iso(addReachableMinutes(ana, local('2026-01-05T09:00'), 5 * 480 - 60))).toBe(
      '2026-01-09T17:00',
    )
    // … and the lunch hour owed carries over to Monday.
    expect(iso(addReachableMinutes(ana, local('2026-01-05T09:00'), 5 * 480))).toBe(
      '2026-01-12T10:00',
    )
  })

  it('is null when the time does not fit the horizon', () => {
    expect(addReachableMinutes(person({ workDays: [] }), local('2026-01-05T09:00'), 15)).toBeNull()
    expect(addReachableMinutes(ana, local('2026-01-05T09:00'), 480 * 3, 2)).toBeNull()
  })
})
