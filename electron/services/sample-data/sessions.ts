import { newId } from '../../../shared/library/fields'
import type { PlanPhase } from '../../../shared/workshop/plan'
import type { TimerState } from '../../../shared/workshop/timer'
import { createTimer, finish, next, setNoLaterThan, start } from '../../../shared/workshop/timer'
import type { Board, WorkshopFile } from '../../../shared/workshop/workshop'
import {
  emptyBoard,
  WORKSHOP_SCHEMA_VERSION,
  WorkshopFile as WorkshopFileSchema,
} from '../../../shared/workshop/workshop'
import type { MeetingBoard } from '../../../shared/meeting/meeting'
import type { SampleContext } from './team'
import { idOf, participantOf, TEAM } from './team'

const MINUTE = 60_000

/**
 * A clock that really ran: started at `startMs`, each phase given the minutes in `spent`, then
 * finished, all through the timer's own functions so the state is one the console could reach.
 */
export const finishedTimer = (
  plan: readonly PlanPhase[],
  startMs: number,
  spent: readonly number[],
  noLaterThan: number | null = null,
): TimerState => {
  const phases = plan.map((p, i) => ({
    id: `phase-${i + 1}`,
    name: p.name,
    prompt: p.prompt,
    notes: p.notes,
    plannedMs: Math.round(p.minutes * MINUTE),
  }))
  let clock = startMs
  let timer = setNoLaterThan(start(createTimer(phases), clock), noLaterThan)
  spent.forEach((minutes, i) => {
    clock += Math.round(minutes * MINUTE)
    timer = i < spent.length - 1 ? next(timer, clock) : finish(timer, clock)
  })
  return timer
}

interface SessionFields {
  kind: 'goals' | 'actions'
  title: string
  held: Date
  timer: TimerState
  board?: Board
  meeting?: MeetingBoard
}

/** A whole session file around a board, parsed so only a valid file ever reaches the store. */
export const sessionFile = (ctx: SampleContext, s: SessionFields): WorkshopFile => {
  const finishedAt = new Date(s.timer.finishedAt ?? s.held.getTime()).toISOString()
  return WorkshopFileSchema.parse({
    schemaVersion: WORKSHOP_SCHEMA_VERSION,
    id: newId(),
    clientId: ctx.clientId,
    kind: s.kind,
    agreementId: null,
    title: s.title,
    scope: 'joint',
    participants: TEAM.map((key) => participantOf(ctx, key)),
    manager: { memberId: idOf(ctx, 'katrin'), name: ctx.people.katrin.name },
    createdAt: s.held.toISOString(),
    updatedAt: finishedAt,
    revision: 0,
    timer: s.timer,
    audienceBlanked: false,
    board: s.board ?? emptyBoard(),
    meeting: s.meeting ?? null,
  })
}
