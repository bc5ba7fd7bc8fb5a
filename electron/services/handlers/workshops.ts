import { emptyMeetingBoard } from '../../../shared/meeting/meeting'
import { AppFailure } from '../../../shared/api/result'
import { newId } from '../../../shared/library/fields'
import { confirmBlocker } from '../../../shared/workshop/board-rules'
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
    minutes: p.plannedMs / MINUTE,
  }))

/** Minutes become milliseconds here; tests shorten a "minute" to seconds through the core option. */
export const timerFromPlan = (plan: Plan, minuteMs: number) =>
  createTimer(
    plan.map((p, i) => ({
      id: `phase-${i + 1}`,
      name: p.name,
      prompt: p.prompt,
      plannedMs: Math.round(p.minutes * minuteMs),
    })),
  )

const refuseUnconfirmable = (board: Board) => {
  for (const goal of board.goals) {
    const blocker = goal.confirmed ? confirmBlocker(goal, board) : null
    if (blocker)
      throw new AppFailure(
        'VALIDATION',
        `“${goal.title || 'Untitled goal'}” cannot be confirmed: ${blocker}`,
      )
  }
}

export const sessionChanged = (core: AppCore, w: WorkshopFile) =>
  core.emit({
    name: 'session:changed',
    payload: { clientId: w.clientId, workshopId: w.id, revision: w.revision },
  })

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
  'workshops:saveBoard': async ({ clientId, workshopId, board }) => {
    refuseUnconfirmable(board)
    const saved = await core.workshops.update(clientId, workshopId, (w) => ({
      ...w,
      board,
      updatedAt: core.now().toISOString(),
    }))
    sessionChanged(core, saved)
    return { revision: saved.revision, updatedAt: saved.updatedAt }
  },
  'workshops:saveMeeting': async ({ clientId, workshopId, meeting }) => {
    const saved = await core.workshops.update(clientId, workshopId, (w) => {
      if (w.kind !== 'actions')
        throw new AppFailure('VALIDATION', 'Only an action-plan meeting has a meeting board.')
      return { ...w, meeting, updatedAt: core.now().toISOString() }
    })
    sessionChanged(core, saved)
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
