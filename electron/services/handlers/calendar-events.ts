import type { ClientFile } from '../../../shared/library/client'
import type { UpcomingDate } from '../../../shared/followup/reviews'
import type { ItemState } from '../../../shared/followup/rollup'
import { isOpen } from '../../../shared/followup/rollup'
import type { TrackerFile } from '../../../shared/followup/tracker'
import type { WorkshopFile } from '../../../shared/workshop/workshop'
import type { CalendarEvent } from '../../exports/calendar-ics'

const EVENT_TITLE: Record<UpcomingDate['kind'], string> = {
  review: 'Goal review',
  meeting: 'Follow-up meeting',
}
const DOMAIN = '@smartketing-workshop'
/** SEQUENCE counts minutes since this moment: it rises with every change and never goes back. */
const SEQUENCE_EPOCH = Date.parse('2024-01-01T00:00:00Z')

/** Raised whenever the file the event comes from changed, whichever laptop exports it. */
export const sequenceOf = (changedAt: string) =>
  Math.max(0, Math.floor((Date.parse(changedAt) - SEQUENCE_EPOCH) / 60_000))

export interface EventsInput {
  dates: UpcomingDate[]
  states: ItemState[]
  tracker: TrackerFile
  sessions: WorkshopFile[]
  client: ClientFile
  time: string | null
  durationMinutes: number
  repeat: CalendarEvent['repeat']
  /** Invite the people concerned, by the e-mail addresses on the client's team. */
  attendees: boolean
}

const openItemsText = (items: ItemState[]) =>
  items.length === 0
    ? 'No open items.'
    : [
        'Open items:',
        ...items.map((i) => {
          const who = [i.ownerName || 'No owner', i.dueDate && `due ${i.dueDate}`]
          return `• ${i.text} (${who.filter(Boolean).join(', ')})`
        }),
      ].join('\n')

/** The one date that repeats: the last follow-up meeting, else the last review. */
const seriesDate = (dates: UpcomingDate[]) => {
  const latest = (kind: UpcomingDate['kind']) =>
    dates
      .filter((d) => d.kind === kind)
      .sort((a, b) => a.date.localeCompare(b.date))
      .at(-1)
  return latest('meeting') ?? latest('review')
}

const invite = (input: EventsInput, memberIds: string[]) =>
  input.attendees
    ? input.client.members.flatMap((m) =>
        memberIds.includes(m.id) && m.email ? [{ name: m.name, email: m.email }] : [],
      )
    : []

const peopleOf = (s: WorkshopFile | undefined) =>
  s ? [...s.participants, ...(s.manager ? [s.manager] : [])].map((p) => p.memberId) : []

/** Reviews, follow-up meetings and cross-training sessions, each named by what it is. */
export const calendarEvents = (input: EventsInput): CalendarEvent[] => {
  const series = input.repeat ? seriesDate(input.dates) : undefined
  const base = { time: input.time, durationMinutes: input.durationMinutes }
  const sessionEvents = input.dates.map((d): CalendarEvent => ({
    uid: `${d.kind}-${d.slot + 1}-${d.workshopId}${DOMAIN}`,
    sequence: sequenceOf(d.changedAt),
    attendees: invite(input, peopleOf(input.sessions.find((s) => s.id === d.workshopId))),
    title: `${EVENT_TITLE[d.kind]}: ${d.title}`,
    description: openItemsText(
      input.states.filter((s) => s.workshopId === d.workshopId && isOpen(s.status)),
    ),
    date: d.date,
    ...base,
    repeat: d === series ? input.repeat : null,
  }))
  const names = new Map(input.client.members.map((m) => [m.id, m.name]))
  const pairings = input.tracker.pairings.flatMap((p): CalendarEvent[] =>
    p.date
      ? [
          {
            uid: `pairing-${p.id}${DOMAIN}`,
            sequence: sequenceOf(input.tracker.updatedAt),
            attendees: invite(input, [p.salesId, p.marketingId]),
            title: `Cross-training: ${names.get(p.salesId) ?? 'sales'} and ${names.get(p.marketingId) ?? 'marketing'}`,
            description: `${p.focus === 'shadowing' ? 'Shadowing' : 'Training'}${p.topic ? `: ${p.topic}` : ''}`,
            date: p.date,
            ...base,
            repeat: null,
          },
        ]
      : [],
  )
  return [...sessionEvents, ...pairings]
}
