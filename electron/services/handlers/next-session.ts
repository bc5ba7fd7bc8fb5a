import { AppFailure } from '../../../shared/api/result'
import { LIMITS } from '../../../shared/library/fields'
import type { Plan } from '../../../shared/workshop/plan'
import type { SessionScope, WorkshopFile } from '../../../shared/workshop/workshop'
import type { HandlerGroup } from './types'
import { workshopHandlers } from './workshops'

const OTHER: Partial<Record<SessionScope, 'sales' | 'marketing'>> = {
  sales: 'marketing',
  marketing: 'sales',
}
const LABEL = { sales: 'Sales', marketing: 'Marketing' } as const

/** The plan as the facilitator last set it, in minutes; minutes added in the room are not kept. */
const planOf = (w: WorkshopFile, minuteMs: number): Plan =>
  w.timer.phases.map((p) => ({
    name: p.name,
    prompt: p.prompt,
    notes: p.notes,
    minutes: Math.min(120, Math.max(0.5, Math.round((p.plannedMs / minuteMs) * 2) / 2)),
  }))

/**
 * "Fifteen minutes with each department": the same session for the other team, with its members,
 * the same manager and the same plan, ready to start. A joint session has no other team.
 */
export const nextSessionHandlers: HandlerGroup<'workshops:runForOtherTeam'> = (core) => ({
  'workshops:runForOtherTeam': async ({ clientId, workshopId }) => {
    const { doc: workshop } = await core.workshops.get(clientId, workshopId)
    const other = OTHER[workshop.scope]
    if (workshop.kind !== 'goals' || !other)
      throw new AppFailure(
        'VALIDATION',
        'Only a goal workshop with one department can be run again for the other one.',
      )
    const { client } = await core.library.get(clientId)
    const team = client.members.filter((m) => m.department === other)
    if (team.length === 0)
      throw new AppFailure(
        'VALIDATION',
        `This client has no ${other} members yet: add them on the client page first.`,
      )
    const managerId = workshop.manager?.memberId
    const title = `${workshop.title} — ${LABEL[other]}`.slice(0, LIMITS.name).trim()
    return workshopHandlers(core)['workshops:create']({
      clientId,
      kind: 'goals',
      title,
      scope: other,
      participantIds: team.map((m) => m.id),
      managerId: client.members.some((m) => m.id === managerId) ? managerId! : null,
      plan: planOf(workshop, core.minuteMs),
    })
  },
})
