import ical, {
  escape,
  ICalAttendeeRole,
  ICalCalendarMethod,
  ICalEventRepeatingFreq,
  ICalWeekday,
} from 'ical-generator'
import type { ICalCalendar } from 'ical-generator'
import { DateTime, IANAZone } from 'luxon'
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library'

export interface CalendarEvent {
  /** Names what the event is (review 2 of a workshop), never when: moving it updates the same event. */
  uid: string
  /** Raised whenever what the event comes from changes, so calendar apps take the new date. */
  sequence: number
  /** People invited, from the members' e-mail addresses; empty when none are wanted. */
  attendees: { name: string; email: string }[]
  title: string
  description: string
  /** YYYY-MM-DD */
  date: string
  /** HH:MM in the calendar's time zone; null for an all-day event. */
  time: string | null
  durationMinutes: number
  repeat: { every: 'week' | 'month'; count: number } | null
}

export interface CalendarOptions {
  name: string
  /** IANA name, e.g. "Europe/Berlin": timed events keep their wall-clock time in it across DST. */
  timeZone: string
  /** DTSTAMP of every event; the moment of export when left out. */
  stamp?: Date
  /** ISO weekday the person's week starts on (1 Monday … 7 Sunday), for weekly repeats. */
  weekStart?: number
}

const WEEKDAYS = [
  ICalWeekday.MO,
  ICalWeekday.TU,
  ICalWeekday.WE,
  ICalWeekday.TH,
  ICalWeekday.FR,
  ICalWeekday.SA,
  ICalWeekday.SU,
]

const PRODUCT = { company: 'Smartketing', product: 'Smartketing Workshop', language: 'EN' }

const FREQUENCY = { week: ICalEventRepeatingFreq.WEEKLY, month: ICalEventRepeatingFreq.MONTHLY }

/** Why a zone cannot be used, or null: it must be both in the VTIMEZONE library and known to Intl. */
export const timeZoneProblem = (zone: string): string | null => {
  const listed = tzlib_get_timezones(false)
  return Array.isArray(listed) && listed.includes(zone) && IANAZone.isValidZone(zone)
    ? null
    : `"${zone}" is not a time zone the calendar export knows. Pick one such as Europe/Berlin.`
}

/**
 * The zone's VTIMEZONE block and the TZID it is filed under, which for an alias is the canonical
 * name ("UTC" → "Etc/UTC"): the events must name that same TZID for calendar apps to match them.
 */
const vtimezone = (zone: string) => {
  const problem = timeZoneProblem(zone)
  if (problem) throw new Error(problem)
  const found = tzlib_get_ical_block(zone, false)
  const [block, tzidLine] = Array.isArray(found) ? found : []
  if (!block || !tzidLine) throw new Error(`No time zone rules were found for "${zone}".`)
  return { block, tzid: tzidLine.replace(/^TZID=/, '') }
}

/**
 * Luxon dates rather than JS Dates: ical-generator writes a Date with a TZID in the computer's own
 * zone, so a 10:00 meeting would move when exported from a laptop in another zone.
 */
const startAndEnd = (event: CalendarEvent, tzid: string) => {
  const start =
    event.time === null
      ? DateTime.fromISO(event.date, { zone: 'utc' })
      : DateTime.fromISO(`${event.date}T${event.time}`, { zone: tzid })
  if (!start.isValid)
    throw new Error(`"${[event.date, event.time].join(' ').trim()}" is not a valid date and time.`)
  const end =
    event.time === null ? start.plus({ days: 1 }) : start.plus({ minutes: event.durationMinutes })
  return { start, end }
}

const addEvent = (
  calendar: ICalCalendar,
  event: CalendarEvent,
  tzid: string,
  stamp: Date,
  weekStart: number,
) => {
  const { start, end } = startAndEnd(event, tzid)
  calendar.createEvent({
    id: event.uid,
    sequence: event.sequence,
    stamp,
    attendees: event.attendees.map((a) => ({
      name: a.name,
      email: a.email,
      role: ICalAttendeeRole.REQ,
      rsvp: false,
    })),
    start,
    end,
    allDay: event.time === null,
    timezone: event.time === null ? null : tzid,
    summary: event.title,
    description: event.description || null,
    repeating: event.repeat && {
      freq: FREQUENCY[event.repeat.every],
      count: event.repeat.count,
      startOfWeek: WEEKDAYS[weekStart - 1] ?? ICalWeekday.MO,
    },
  })
}

/** An RFC 5545 calendar file of the events; nothing is looked up on the network. */
export const calendarIcs = (events: CalendarEvent[], options: CalendarOptions): string => {
  const { block, tzid } = vtimezone(options.timeZone)
  const calendar = ical({
    prodId: PRODUCT,
    method: ICalCalendarMethod.PUBLISH,
    // ical-generator writes NAME unescaped; a comma or semicolon in a client's name must not split it.
    name: escape(options.name, false),
    // No calendar-wide zone name, so DTSTAMP stays UTC and all-day dates stay floating; the
    // generator adds the VTIMEZONE for the zone the timed events name.
    timezone: { name: null, generator: (zone) => (zone === tzid ? block : null) },
  })
  const stamp = options.stamp ?? new Date()
  for (const event of events) addEvent(calendar, event, tzid, stamp, options.weekStart ?? 1)
  return calendar.toString()
}
