import { describe, expect, it } from 'vitest'
import { addDays, daysBetween } from '../../../../shared/format/calendar-days'
import { makeFormatter } from '../../../../shared/format/format-dates'
import type { FormatPreferences } from '../../../../shared/format/formats'
import { resolveFormats } from '../../../../shared/format/formats'
import { defaultSettings, upgradeStoredSettings } from '../../../../shared/library/settings'

const AUTO: FormatPreferences = {
  locale: '',
  dateStyle: 'auto',
  timeStyle: 'auto',
  paper: 'auto',
  weekStart: 'auto',
}
const fmt = (system: string, prefs: Partial<FormatPreferences> = {}) =>
  makeFormatter(resolveFormats({ ...AUTO, ...prefs }, system))

describe('formats from the locale', () => {
  it('settles paper, clock and first weekday from the region', () => {
    expect(resolveFormats(AUTO, 'en-US')).toEqual({
      locale: 'en-US',
      date: 'auto',
      hour12: true,
      paper: 'LETTER',
      weekStart: 7,
    })
    expect(resolveFormats(AUTO, 'de-DE')).toMatchObject({
      hour12: false,
      paper: 'A4',
      weekStart: 1,
    })
    expect(resolveFormats(AUTO, 'en-CA').paper).toBe('LETTER')
    expect(resolveFormats(AUTO, 'es-MX').paper).toBe('LETTER')
    expect(resolveFormats(AUTO, 'en-GB').paper).toBe('A4')
    expect(resolveFormats(AUTO, 'fr-CA').paper).toBe('LETTER')
  })

  it('lets the person override each of them, and their own locale wins over the computer’s', () => {
    expect(
      resolveFormats(
        {
          locale: 'de-DE',
          dateStyle: 'iso',
          timeStyle: '12h',
          paper: 'LETTER',
          weekStart: 'sunday',
        },
        'en-US',
      ),
    ).toEqual({ locale: 'de-DE', date: 'iso', hour12: true, paper: 'LETTER', weekStart: 7 })
  })

  it('writes dates and times as each region reads them, never shifted by a time zone', () => {
    expect(fmt('en-US').date('2026-12-15')).toBe('Dec 15, 2026')
    expect(fmt('de-DE').date('2026-12-15')).toBe('15.12.2026')
    expect(fmt('en-GB').date('2026-01-01')).toBe('1 Jan 2026')
    expect(fmt('en-US', { dateStyle: 'iso' }).date('2026-12-15')).toBe('2026-12-15')
    expect(fmt('en-US', { dateStyle: 'numeric' }).date('2026-12-15')).toBe('12/15/2026')
    expect(fmt('en-US', { dateStyle: 'day-month-year' }).date('2026-12-15')).toBe('15 Dec 2026')
    expect(fmt('de-DE', { dateStyle: 'month-day-year' }).date('2026-12-15')).toBe('Dez. 15, 2026')
    expect(fmt('en-US').time('14:30')).toBe('2:30 PM')
    expect(fmt('de-DE').time('08:05')).toBe('08:05')
    expect(fmt('de-DE', { timeStyle: '12h' }).time('14:30')).toMatch(/^2:30\s?PM$/)
    expect(fmt('en-US').date(null)).toBe('')
  })

  it('gives spreadsheets the same date order', () => {
    expect(fmt('en-US').spreadsheetDate).toBe('mm/dd/yyyy')
    expect(fmt('de-DE').spreadsheetDate).toBe('dd.mm.yyyy')
    expect(fmt('de-DE', { dateStyle: 'iso' }).spreadsheetDate).toBe('yyyy-mm-dd')
  })

  it('falls back to US English for a locale it cannot read', () => {
    expect(resolveFormats(AUTO, 'not a locale!').locale).toBe('en-US')
  })
})

describe('settings from before formats existed', () => {
  it('keep a deliberate Letter choice and let everyone else follow their region', () => {
    expect(upgradeStoredSettings({ pageSize: 'LETTER' })).toMatchObject({ paper: 'LETTER' })
    expect(upgradeStoredSettings({ pageSize: 'A4' })['paper']).toBeUndefined()
    expect(defaultSettings('/x')).toMatchObject({ paper: 'auto', locale: '', timeStyle: 'auto' })
  })
})

describe('calendar-day arithmetic', () => {
  it('adds days across month ends, leap days and daylight-saving changes', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-10-24', 60)).toBe('2026-12-23')
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2)
    expect(daysBetween('2026-12-31', '2026-12-01')).toBe(-30)
  })
})
