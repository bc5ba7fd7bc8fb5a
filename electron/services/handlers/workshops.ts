import { emptyMeetingBoard } from '../../../shared/meeting/meeting'
import { AppFailure } from '../../../shared/api/result'
import { newId } from '../../../shared/library/fields'
import { structuralBlocker } from '../../../shared/workshop/board-rules'
import { boardDatesRefusal } from '../../../shared/workshop/dates'
import type { LiveStamp } from '../../../shared/workshop/stage'
import type { Plan } from '../../../shared/workshop/plan'
import { createTimer, DEFAULT_GOAL_WORKSHOP_PLAN } from '../../../shared/workshop/timer'
import type { Board, WorkshopFile } from '../../../shared/workshop/workshop'
import { emptyBoard, WORKSHOP_SCHEMA_VERSION } from '../../../shared/workshop/workshop'
import type { AppCore } from '../app-core'
import type { HandlerGroup } from './types'

type WorkshopChannels =
  | 'workshops:list'
  | 'workshops:get'
  | 'workshops:create'
  | 'workshops:saveBoard'
  | 'workshops:saveMeeting'
  | 'workshops:setPlan'
  | 'templates:get'
  | 'templates:save'

const MINUTE = 60_000

export const defaultPlan = (): Plan =>
  DEFAULT_GOAL_WORKSHOP_PLAN.map((p) => ({
    name: p.name,
    prompt: p.prompt,
    notes: p.notes ?? '',
    minutes: p.plannedMs / MINUTE,
  }))

/** Minutes become milliseconds here; tests shorten a "minute" to seconds through the core option. */
export const timerFromPlan = (plan: Plan, minuteMs: number) =>
  createTimer(
    plan.map((p, i) => ({
      id: `phase-${i + 1}`,
      name: p.name,
      prompt: p.prompt,
      notes: p.notes,
      plannedMs: Math.round(p.minutes * minuteMs),
    })),
  )

/**
 * A confirmed goal keeps its name, activities and criteria; dates are judged where they changed
 * (reviews in order and inside the goals' time, goals ending after they begin). Nothing is saved
 * on a refusal. That a goal needs dates to be confirmed is the console's rule at the moment of
 * confirming (board actions), so goals confirmed by earlier versions still save.
 */
const refuseBadBoard = (before: Board, board: Board) => {
  for (const goal of board.goals) {
    const blocker = goal.confirmed ? structuralBlocker(goal, board) : null
    if (blocker)
      throw new AppFailure(
        'VALIDATION',
        `“${goal.title || 'Untitled goal'}” cannot be confirmed: ${blocker}`,
      )
  }
  const dates = boardDatesRefusal(before, board)
  if (dates) throw new AppFailure('VALIDATION', dates)
}

export const sessionChanged = (core: AppCore, w: WorkshopFile, stamp?: LiveStamp) => {
  if (stamp) core.stage.saved(w.id, stamp)
  core.emit({
    name: 'session:changed',
    payload: { clientId: w.clientId, workshopId: w.id, revision: w.revision, workshop: w, stamp },
  })
}

export const workshopHandlers: HandlerGroup<WorkshopChannels> = (core) => ({
  'workshops:list': ({ clientId }) => core.workshops.list(clientId),
  'workshops:get': async ({ clientId, workshopId }) => {
    const { doc, readOnly } = await core.workshops.get(clientId, workshopId)
    return { workshop: doc, readOnly }
  },
  'workshops:create': async ({ clientId, kind, title, scope, participantIds, managerId, plan }) => {
    const { client } = await core.library.get(clientId)
    const member = (id: string) => {
      const m = client.members.find((x) => x.id === id)
      if (!m)
        throw new AppFailure(
          'VALIDATION',
          'One of the chosen people is no longer a member of this client.',
        )
      return m
    }
    const participants = participantIds.map((id) => {
      const m = member(id)
      return { memberId: m.id, name: m.name, department: m.department }
    })
    const manager = managerId ? { memberId: managerId, name: member(managerId).name } : null
    const now = core.now().toISOString()
    const workshop = await core.workshops.create({
      schemaVersion: WORKSHOP_SCHEMA_VERSION,
      id: newId(),
      clientId,
      kind,
      agreementId: null,
      title,
      scope,
      participants,
      manager,
      createdAt: now,
      updatedAt: now,
      revision: 0,
      timer: timerFromPlan(plan, core.minuteMs),
      audienceBlanked: false,
      board: emptyBoard(),
      meeting: kind === 'actions' ? emptyMeetingBoard() : null,
    })
    core.emit({ name: 'data:changed', payload: { scope: 'client', clientId } })
    return workshop
  },
  'workshops:saveBoard': async ({ clientId, workshopId, board, stamp }) => {
    const saved = await core.workshops.update(clientId, workshopId, (w) => {
      refuseBadBoard(w.board, board)
      return { ...w, board, updatedAt: core.now().toISOString() }
    })
    sessionChanged(core, saved, stamp)
    return { revision: saved.revision, updatedAt: saved.updatedAt }
  },
  'workshops:saveMeeting': async ({ clientId, workshopId, meeting, stamp }) => {
    const saved = await core.workshops.update(clientId, workshopId, (w) => {
      if (w.kind !== 'actions')
        throw new AppFailure('VALIDATION', 'Only an action-plan meeting has a meeting board.')
      return { ...w, meeting, updatedAt: core.now().toISOString() }
    })
    sessionChanged(core, saved, stamp)
    return { revision: saved.revision, updatedAt: saved.updatedAt }
  },
  'workshops:setPlan': async ({ clientId, workshopId, plan }) => {
    const saved = await core.workshops.update(clientId, workshopId, (w) => {
      if (w.timer.status !== 'ready') {
        throw new AppFailure(
          'CONFLICT',
          'The plan is fixed once the session has started; use +1 / −1 minute on the current phase instead.',
        )
      }
      return {
        ...w,
        timer: timerFromPlan(plan, core.minuteMs),
        updatedAt: core.now().toISOString(),
      }
    })
    sessionChanged(core, saved)
    return saved
  },
  'templates:get': async () => (await core.templates.get()).plan ?? defaultPlan(),
  'templates:save': ({ plan }) => core.templates.save(plan),
})
