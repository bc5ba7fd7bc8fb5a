import { AppFailure } from '../api/result'
import { emptyMeetingBoard } from '../meeting/meeting'
import type { TimerState } from '../workshop/timer'
import { totalElapsedMs, totalPlannedMs } from '../workshop/timer'
import { finishWords } from '../workshop/session-totals'
import type { WorkshopFile } from '../workshop/workshop'
import { sheetHeader } from './build-sheets'
import type { ActionPlanSheetModel, MeetingOutcome } from './sheet-models'

const DEPARTMENTS: Record<string, string> = {
  sales: 'Sales',
  marketing: 'Marketing',
  management: 'Management',
  other: 'Other',
}

const MINUTE = 60_000

/** "2:05": how long someone had the floor. */
export const formatSpoken = (ms: number) => {
  const seconds = Math.floor(ms / 1000)
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

/** "28 min", "21 min 30 s", "45 s". */
export const formatDuration = (ms: number) => {
  const seconds = Math.round(ms / 1000)
  const [m, s] = [Math.floor(seconds / 60), seconds % 60]
  if (m === 0) return `${s} s`
  return s ? `${m} min ${s} s` : `${m} min`
}

const finishedSummary = (plannedMs: number, actualMs: number) =>
  `Planned ${formatDuration(plannedMs)}, took ${formatDuration(actualMs)}: ${finishWords(plannedMs, actualMs)}.`

/**
 * Counts the clock's running time only, as the room's screen does: a pause is not meeting time,
 * and the planned total includes the minutes added or taken away during the meeting.
 */
export const meetingOutcome = (t: TimerState): MeetingOutcome => {
  const plannedMs = totalPlannedMs(t)
  const planned = `Planned ${formatDuration(plannedMs)}`
  const base = { status: t.status, plannedMs, actualMs: null, minutesEarly: 0 }
  if (t.status === 'ready') return { ...base, summary: `${planned}; the meeting has not started.` }
  if (t.status === 'running')
    return { ...base, summary: `${planned}; the meeting was still running when this was printed.` }
  // Neither a paused nor a finished clock has a running interval, so "now" does not matter.
  const actualMs = totalElapsedMs(t, t.finishedAt ?? 0)
  if (t.status === 'paused')
    return {
      ...base,
      actualMs,
      summary: `${planned}; ${formatDuration(actualMs)} used, not finished.`,
    }
  const minutesEarly = Math.max(0, Math.floor((plannedMs - actualMs) / MINUTE))
  return {
    ...base,
    actualMs,
    minutesEarly,
    summary: finishedSummary(plannedMs, actualMs),
  }
}

const dateOf = (epochMs: number) => new Date(epochMs).toISOString().slice(0, 10)

/** The printed record of an action-plan meeting; any other kind of session is refused. */
export const actionPlanSheet = (
  w: WorkshopFile,
  clientName: string,
  facilitator: string,
  today: string,
): ActionPlanSheetModel => {
  if (w.kind !== 'actions')
    throw new AppFailure('VALIDATION', 'Only an action-plan meeting prints as an action plan.')
  const m = w.meeting ?? emptyMeetingBoard()
  const header = sheetHeader(w, clientName, facilitator)
  const people = [
    ...w.participants,
    ...(w.manager ? [{ ...w.manager, department: 'management' }] : []),
  ]
  const nameOf = (id: string | null) => people.find((p) => p.memberId === id)?.name ?? null
  return {
    kind: 'action-plan',
    header:
      w.timer.startedAt === null ? header : { ...header, sessionDate: dateOf(w.timer.startedAt) },
    printedDate: today,
    meetingPlan: { ...m.plan },
    topic: m.topic,
    endGoal: m.endGoal,
    ideas: m.ideas.map((i) => ({ text: i.text, by: nameOf(i.by) })),
    people: w.participants.map((p) => {
      const plan = m.plans[p.memberId]
      return {
        name: p.name,
        department: DEPARTMENTS[p.department] ?? p.department,
        plan: plan?.plan ?? '',
        commitment: plan?.commitment ?? '',
        dueDate: plan?.dueDate ?? null,
        statedOn: plan?.statedAt ? plan.statedAt.slice(0, 10) : null,
        spoken: formatSpoken(plan?.spokenMs ?? 0),
      }
    }),
    nextMeeting: m.nextMeeting,
    notes: m.notes,
    outcome: meetingOutcome(w.timer),
  }
}
