import type { Formats } from './formats'

/**
 * Words and numbers for people, from one set of formats. Calendar dates ("2026-12-15") are read as
 * that day wherever the computer is; moments ("2026-12-15T14:30:00Z") in the computer's own zone.
 */
export interface Formatter {
  readonly formats: Formats
  /** "2026-12-15" → "Dec 15, 2026" / "15.12.2026"; "" for null. */
  date(iso: string | null | undefined): string
  /** Without the year, for chart axes and compact lists: "Dec 15" / "15.12.". */
  shortDate(iso: string): string
  /** "14:30" → "2:30 PM" / "14:30". */
  time(hhmm: string): string
  /** A stored moment as a date and time of day in this computer's zone. */
  dateTime(isoDateTime: string): string
  /** A stored moment's calendar date in this computer's zone. */
  dayOf(isoDateTime: string): string
  /** A stored moment's time of day in this computer's zone: "2:30 PM" / "14:30". */
  clock(isoDateTime: string): string
  /** The Excel / LibreOffice number format that shows a date the same way. */
  spreadsheetDate: string
}

const CALENDAR_DAY = (iso: string) => new Date(`${iso.slice(0, 10)}T12:00:00Z`)

type Part = Intl.DateTimeFormatPart['type']

const partsOf = (fmt: Intl.DateTimeFormat, d: Date) => {
  const out: Partial<Record<Part, string>> = {}
  for (const p of fmt.formatToParts(d)) out[p.type] ??= p.value
  return out
}

const SPREADSHEET: Record<string, string> = {
  iso: 'yyyy-mm-dd',
  'day-month-year': 'd mmm yyyy',
  'month-day-year': 'mmm d, yyyy',
}

/** The numeric order of the locale, e.g. "mm/dd/yyyy" for en-US and "dd.mm.yyyy" for de-DE. */
const numericPattern = (locale: string) =>
  new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' })
    .formatToParts(new Date(Date.UTC(2026, 11, 15)))
    .map((p) =>
      p.type === 'day' ? 'dd' : p.type === 'month' ? 'mm' : p.type === 'year' ? 'yyyy' : p.value,
    )
    .join('')

const made = new Map<string, Formatter>()

/**
 * One formatter per set of formats, kept: building an Intl formatter costs about a millisecond
 * (the first one in a page many more), more than laying out half a sheet, and every PDF and
 * screen asks for the same few.
 */
export const makeFormatter = (formats: Formats, timeZone?: string): Formatter => {
  const key = `${JSON.stringify(formats)}|${timeZone ?? ''}`
  let formatter = made.get(key)
  if (!formatter) {
    if (made.size > 50) made.clear()
    formatter = buildFormatter(formats, timeZone)
    made.set(key, formatter)
  }
  return formatter
}

/** Made on first use: a screen that shows only dates never builds the clocks, and a start builds none. */
const once = <T>(make: () => T): (() => T) => {
  let made: T | undefined
  return () => (made ??= make())
}

const buildFormatter = (formats: Formats, timeZone?: string): Formatter => {
  const { locale, date: style } = formats
  const dates = (timeZone: string | undefined) => ({
    medium: once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone })),
    numeric: once(
      () =>
        new Intl.DateTimeFormat(locale, {
          day: '2-digit',
          month: '2-digit',
          year: 'numeric',
          timeZone,
        }),
    ),
    words: once(
      () =>
        new Intl.DateTimeFormat(locale, {
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          timeZone,
        }),
    ),
    short: once(
      () =>
        new Intl.DateTimeFormat(locale, {
          day: 'numeric',
          month: style === 'numeric' ? 'numeric' : 'short',
          timeZone,
        }),
    ),
  })
  const utc = dates('UTC')
  const local = dates(timeZone)
  // "8:00 AM" on a 12-hour clock, "08:00" on a 24-hour one, as each is usually written.
  const hour = formats.hour12 ? 'numeric' : '2-digit'
  const clockIn = (timeZone: string | undefined) =>
    once(
      () =>
        new Intl.DateTimeFormat(locale, {
          hour,
          minute: '2-digit',
          hour12: formats.hour12,
          timeZone,
        }),
    )
  const clock = clockIn('UTC')
  const localClock = clockIn(timeZone)
  const isoDay = once(
    () =>
      new Intl.DateTimeFormat('en-CA', {
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        timeZone,
      }),
  )

  const formatDay = (d: Date, f: ReturnType<typeof dates>) => {
    if (style === 'auto') return f.medium().format(d)
    if (style === 'numeric') return f.numeric().format(d)
    if (style === 'iso') {
      const p = partsOf(f.numeric(), d)
      return `${p.year}-${p.month}-${p.day}`
    }
    const p = partsOf(f.words(), d)
    return style === 'day-month-year'
      ? `${p.day} ${p.month} ${p.year}`
      : `${p.month} ${p.day}, ${p.year}`
  }
  const dayOf = (isoDateTime: string) => isoDay().format(new Date(isoDateTime))
  const spreadsheetDate = once(() => SPREADSHEET[style] ?? numericPattern(locale))

  return {
    formats,
    date: (iso) => (iso ? formatDay(CALENDAR_DAY(iso), utc) : ''),
    shortDate: (iso) => {
      const d = CALENDAR_DAY(iso)
      if (style === 'iso') return iso.slice(5, 10)
      if (style === 'auto' || style === 'numeric') return utc.short().format(d)
      const p = partsOf(utc.short(), d)
      return style === 'day-month-year' ? `${p.day} ${p.month}` : `${p.month} ${p.day}`
    },
    time: (hhmm) => clock().format(new Date(`1970-01-01T${hhmm}:00Z`)),
    dateTime: (isoDateTime) => {
      const d = new Date(isoDateTime)
      return `${formatDay(d, local)}, ${localClock().format(d)}`
    },
    dayOf,
    clock: (isoDateTime) => localClock().format(new Date(isoDateTime)),
    get spreadsheetDate() {
      return spreadsheetDate()
    },
  }
}
