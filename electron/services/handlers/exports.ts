import { AppFailure } from '../../../shared/api/result'
import { trackedItems } from '../../../shared/followup/items'
import type { CurrentStatus, ItemState } from '../../../shared/followup/rollup'
import { isOpen, itemStates } from '../../../shared/followup/rollup'
import type { UpcomingDate } from '../../../shared/followup/reviews'
import { reviewCalendar } from '../../../shared/followup/reviews'
import { safeFileName } from '../../../shared/library/file-names'
import type { ActionRow } from '../../exports/actions-csv'
import { actionsCsv } from '../../exports/actions-csv'
import type { CalendarEvent } from '../../exports/calendar-ics'
import { calendarIcs, timeZoneProblem } from '../../exports/calendar-ics'
import type { AppCore } from '../app-core'
import { followedSessions } from './followup'
import type { HandlerGroup } from './types'

const STATUS: Record<CurrentStatus, string> = {
  open: 'Open',
  done: 'Done',
  'in-progress': 'In progress',
  missed: 'Missed',
  dropped: 'Dropped',
}
const SOURCE: Record<ItemState['source'], string> = {
  meeting: 'Action-plan meeting',
  activity: 'Goal workshop',
}
const EVENT_TITLE: Record<UpcomingDate['kind'], string> = {
  review: 'Goal review',
  meeting: 'Follow-up meeting',
}

/** The client, its follow-up file, and every tracked item with its latest status. */
const followUp = async (core: AppCore, clientId: string) => {
  const [{ client }, { tracker }, sessions] = await Promise.all([
    core.library.get(clientId),
    core.tracker.get(clientId),
    followedSessions(core, clientId),
  ])
  const states = itemStates(trackedItems(sessions, tracker.adjustments), tracker.updates)
  return { client, tracker, sessions, states }
}

/** Through the same port as the PDFs: save dialog in the app, exports/ in the browser host. */
const saveText = async (core: AppCore, name: string, extension: string, text: string) => {
  const path = await core.options.savePdf.choosePath(
    `${safeFileName(name, 'Smartketing export')}.${extension}`,
  )
  if (!path) return { path: null }
  await core.options.savePdf.write(path, Buffer.from(text, 'utf8'))
  return { path }
}

const openItemsText = (items: ItemState[]) =>
  items.length === 0
    ? 'No open items.'
    : [
        'Open items:',
        ...items.map((i) => {
          const who = [i.ownerName || 'No owner', i.dueDate && `due ${i.dueDate}`, STATUS[i.status]]
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

interface CalendarInput {
  time: string | null
  durationMinutes: number
  repeat: CalendarEvent['repeat']
}

const calendarEvents = (dates: UpcomingDate[], states: ItemState[], input: CalendarInput) => {
  const series = input.repeat ? seriesDate(dates) : undefined
  return dates.map((d): CalendarEvent => ({
    // Stable across exports, so importing the file again updates the events instead of doubling them.
    uid: `${d.kind}-${d.date}-${d.workshopId}@smartketing-workshop`,
    title: `${EVENT_TITLE[d.kind]}: ${d.title}`,
    description: openItemsText(
      states.filter((s) => s.workshopId === d.workshopId && isOpen(s.status)),
    ),
    date: d.date,
    time: input.time,
    durationMinutes: input.durationMinutes,
    repeat: d === series ? input.repeat : null,
  }))
}

const actionRow = (s: ItemState): ActionRow => ({
  session: s.sessionTitle,
  sessionDate: s.sessionDate.slice(0, 10),
  source: SOURCE[s.source],
  action: s.text,
  detail: s.detail,
  owner: s.ownerName ?? '',
  due: s.dueDate ?? '',
  status: STATUS[s.status],
  note: s.note,
  updatedAt: s.updatedAt?.slice(0, 10) ?? '',
})

export const exportHandlers: HandlerGroup<'export:calendar' | 'export:actions'> = (core) => ({
  'export:calendar': async ({ clientId, timeZone, ...input }) => {
    const problem = timeZoneProblem(timeZone)
    if (problem) throw new AppFailure('VALIDATION', problem)
    const { client, tracker, sessions, states } = await followUp(core, clientId)
    const dates = reviewCalendar(sessions, tracker).filter((d) => !d.held)
    if (dates.length === 0)
      throw new AppFailure(
        'VALIDATION',
        'There are no review dates or follow-up meetings to put in a calendar yet.',
      )
    const text = calendarIcs(calendarEvents(dates, states, input), {
      name: `${client.name} follow-up`,
      timeZone,
      stamp: core.now(),
    })
    return saveText(core, `${client.name} follow-up dates`, 'ics', text)
  },

  'export:actions': async ({ clientId }) => {
    const { client, states } = await followUp(core, clientId)
    return saveText(core, `${client.name} actions`, 'csv', actionsCsv(states.map(actionRow)))
  },
})
