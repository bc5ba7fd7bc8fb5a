import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { isoWeekday, localDate, parseLocal, wallClock } from '../../../../shared/comms/zone-clock'

const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe', // half-hour DST shift
  'Asia/Kathmandu', // +05:45
  'America/St_Johns', // -03:30 with DST
  'Pacific/Chatham', // +12:45 / +13:45
  'UTC',
]

/** A fixed walk through 2026 in 7 h 13 min steps, so every hour of the day and both DST changes come up. */
const moments = Array.from({ length: 1300 }, (_, i) => Date.UTC(2026, 0, 1) + i * 433 * 60_000)

describe('wall-clock arithmetic agrees with luxon', () => {
  it.each(ZONES)('maps local dates and times in %s exactly as luxon does', (zone) => {
    for (const ms of moments) {
      const local = DateTime.fromMillis(ms, { zone })
      const date = localDate(zone, ms)
      expect(date).toBe(Date.UTC(local.year, local.month - 1, local.day))
      expect(isoWeekday(date)).toBe(local.weekday)
      const minutes = local.hour * 60 + local.minute
      const expected = DateTime.fromObject(
        {
          year: local.year,
          month: local.month,
          day: local.day,
          hour: local.hour,
          minute: local.minute,
        },
        { zone },
      ).toMillis()
      expect(wallClock(zone, date, minutes)).toBe(expected)
    }
  })

  it('places a time skipped by the spring change after the jump, as luxon does', () => {
    // 02:30 does not exist in Berlin on 2026-03-29; both read it as 03:30 CEST.
    const skipped = parseLocal('Europe/Berlin', '2026-03-29T02:30')
    expect(skipped).toBe(DateTime.fromISO('2026-03-29T02:30', { zone: 'Europe/Berlin' }).toMillis())
    expect(skipped).toBe(Date.UTC(2026, 2, 29, 1, 30))
  })

  it('reads a repeated autumn hour as its first occurrence, as luxon does', () => {
    const repeated = parseLocal('Europe/Berlin', '2026-10-25T02:30')
    expect(repeated).toBe(
      DateTime.fromISO('2026-10-25T02:30', { zone: 'Europe/Berlin' }).toMillis(),
    )
  })

  it('runs minutes past a day into the next day', () => {
    const monday = Date.UTC(2026, 0, 5)
    expect(wallClock('UTC', monday, 25 * 60)).toBe(Date.UTC(2026, 0, 6, 1))
  })

  it('rejects text that is not a local date and time', () => {
    expect(parseLocal('UTC', '2026-01-05')).toBeNaN()
    expect(parseLocal('UTC', 'soon')).toBeNaN()
  })
})
