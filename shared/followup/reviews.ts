import { addDays } from '../format/calendar-days'
import type { WorkshopFile } from '../workshop/workshop'
import type { TrackerFile } from './tracker'

/** A date the team agreed to look at its promises again. */
export interface UpcomingDate {
  workshopId: string
  title: string
  /** YYYY-MM-DD. */
  date: string
  kind: 'review' | 'meeting'
  held: boolean
  /** Which of the workshop's four review slots (0…3); 0 for a meeting. Names the event, not its date. */
  slot: number
  /** When the session's file last changed: a moved date is a change. */
  changedAt: string
}

const reviewDates = (session: WorkshopFile, tracker: TrackerFile): UpcomingDate[] =>
  session.board.reviewDates.flatMap((date, slot, all) =>
    // Two slots on one day are one review.
    date && all.indexOf(date) === slot
      ? [
          {
            workshopId: session.id,
            title: session.title,
            date,
            kind: 'review' as const,
            held: tracker.reviews.some((r) => r.workshopId === session.id && r.date === date),
            slot,
            changedAt: session.updatedAt,
          },
        ]
      : [],
  )

/** A meeting's "next meeting" counts as held once a later action-plan meeting was created on or after it. */
const nextMeeting = (session: WorkshopFile, meetings: WorkshopFile[]): UpcomingDate[] => {
  const date = session.meeting?.nextMeeting
  if (!date) return []
  const start = Date.parse(session.createdAt)
  const held = meetings.some(
    (m) => Date.parse(m.createdAt) > start && m.createdAt.slice(0, 10) >= date,
  )
  return [
    {
      workshopId: session.id,
      title: session.title,
      date,
      kind: 'meeting',
      held,
      slot: 0,
      changedAt: session.updatedAt,
    },
  ]
}

/** Goal reviews and follow-up meetings the sessions set, earliest first. */
export const reviewCalendar = (sessions: WorkshopFile[], tracker: TrackerFile): UpcomingDate[] => {
  const meetings = sessions.filter((s) => s.kind === 'actions')
  return sessions
    .flatMap((s) => {
      if (s.kind === 'goals') return reviewDates(s, tracker)
      if (s.kind === 'actions') return nextMeeting(s, meetings)
      return []
    })
    .sort((a, b) => a.date.localeCompare(b.date))
}

/** Dates still to come within the next `days` days, today included. */
export const upcoming = (dates: UpcomingDate[], today: string, days = 60): UpcomingDate[] => {
  const last = addDays(today, days)
  return dates.filter((d) => !d.held && d.date >= today && d.date <= last)
}

/** Dates whose time has come or passed and that nobody has held yet. */
export const dueReviews = (dates: UpcomingDate[], today: string): UpcomingDate[] =>
  dates.filter((d) => !d.held && d.date <= today)
