import { AppFailure } from '../../../shared/api/result'
import { makeFormatter } from '../../../shared/format/format-dates'
import { trackedItems } from '../../../shared/followup/items'
import type { CurrentStatus, ItemState } from '../../../shared/followup/rollup'
import { itemStates } from '../../../shared/followup/rollup'
import { reviewCalendar } from '../../../shared/followup/reviews'
import { localDay, safeFileName } from '../../../shared/library/file-names'
import type { ActionRow } from '../../exports/action-rows'
import { actionsCsv } from '../../exports/actions-csv'
import { actionsXlsx } from '../../exports/actions-xlsx'
import { calendarIcs, timeZoneProblem } from '../../exports/calendar-ics'
import type { AppCore } from '../app-core'
import { calendarEvents } from './calendar-events'
import { followedSessions } from './followup'
import type { HandlerGroup } from './types'

export const STATUS: Record<CurrentStatus, string> = {
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
const saveFile = async (core: AppCore, name: string, extension: string, bytes: Uint8Array) => {
  const path = await core.options.savePdf.choosePath(
    `${safeFileName(name, 'Smartketing export')}.${extension}`,
  )
  if (!path) return { path: null }
  await core.options.savePdf.write(path, bytes)
  return { path }
}

/** The consultant's own calendar day of a stored moment. */
const dayOf = (iso: string | null) => (iso ? localDay(new Date(iso)) : '')

const actionRow = (s: ItemState): ActionRow => ({
  session: s.sessionTitle,
  sessionDate: dayOf(s.sessionDate),
  source: SOURCE[s.source],
  action: s.text,
  detail: s.detail,
  owner: s.ownerName ?? '',
  due: s.dueDate ?? '',
  status: STATUS[s.status],
  note: s.note,
  updatedAt: dayOf(s.updatedAt),
})

export const exportHandlers: HandlerGroup<'export:calendar' | 'export:actions'> = (core) => ({
  'export:calendar': async ({ clientId, timeZone, attendees, ...input }) => {
    const problem = timeZoneProblem(timeZone)
    if (problem) throw new AppFailure('VALIDATION', problem)
    const { client, tracker, sessions, states } = await followUp(core, clientId)
    const dates = reviewCalendar(sessions, tracker).filter((d) => !d.held)
    const events = calendarEvents({ dates, states, tracker, sessions, client, attendees, ...input })
    if (events.length === 0)
      throw new AppFailure(
        'VALIDATION',
        'There are no review dates, follow-up meetings or cross-training sessions to put in a calendar yet.',
      )
    const text = calendarIcs(events, {
      name: `${client.name} follow-up`,
      timeZone,
      stamp: core.now(),
      weekStart: core.formats().weekStart,
    })
    return saveFile(core, `${client.name} follow-up dates`, 'ics', Buffer.from(text, 'utf8'))
  },

  'export:actions': async ({ clientId, format, delimiter }) => {
    const { client, states } = await followUp(core, clientId)
    const rows = states.map(actionRow)
    const name = `${client.name} actions`
    if (format === 'csv')
      return saveFile(core, name, 'csv', Buffer.from(actionsCsv(rows, delimiter), 'utf8'))
    const bytes = await actionsXlsx(rows, {
      dateFormat: makeFormatter(core.formats()).spreadsheetDate,
      author: core.settings.get().facilitatorName,
      created: core.now(),
    })
    return saveFile(core, name, 'xlsx', bytes)
  },
})
