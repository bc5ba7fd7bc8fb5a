import type { MeetingBoard } from '../../../shared/meeting/meeting'
import type { TimerState } from '../../../shared/workshop/timer'
import { phaseAllowedMs } from '../../../shared/workshop/timer'
import type { Participant } from '../../../shared/workshop/workshop'
import { planOf, setPlan } from './MeetingPanels'

/** The fourth step is the round of plans; each person's share of it is their clock. */
export const STATEMENT_PHASE = 3
const FALLBACK_TURN_MS = 2 * 60_000

export const turnBudgetMs = (timer: TimerState, people: number) => {
  const phase = timer.phases[STATEMENT_PHASE]
  return phase && people > 0 ? Math.round(phaseAllowedMs(phase) / people) : FALLBACK_TURN_MS
}

/** Time the current speaker has had the floor, over all their turns. */
export const spokenMs = (m: MeetingBoard, memberId: string, now: number) =>
  planOf(m, memberId).spokenMs +
  (m.speaker?.memberId === memberId ? Math.max(0, now - m.speaker.since) : 0)

/** Hands the floor over; the outgoing speaker's time is banked, so no second is counted twice. */
export const giveFloor = (m: MeetingBoard, memberId: string | null, now: number): MeetingBoard => {
  const outgoing = m.speaker
  const banked = outgoing
    ? setPlan(m, outgoing.memberId, { spokenMs: spokenMs(m, outgoing.memberId, now) })
    : m
  return { ...banked, speaker: memberId ? { memberId, since: now } : null }
}

/** Marks the speaker's plan as stated and gives the floor to the next person who has not spoken. */
export const finishTurn = (
  m: MeetingBoard,
  people: readonly Participant[],
  now: number,
  at: string,
): MeetingBoard => {
  const current = m.speaker?.memberId
  if (!current) return m
  const stated = setPlan(giveFloor(m, null, now), current, { statedAt: at })
  const next = people.find((p) => p.memberId !== current && !planOf(stated, p.memberId).statedAt)
  return giveFloor(stated, next?.memberId ?? null, now)
}
