import { z } from 'zod'
import { Id, IsoDateTime } from '../library/fields'
import type { Ballot } from './contract'

/** One dot-voting round as stored with its session: counts per activity, voters only if open. */
export const VoteRound = z.object({
  id: Id,
  at: IsoDateTime,
  dots: z.number().int().min(1).max(10),
  open: z.boolean(),
  ballots: z.number().int().nonnegative(),
  counts: z.record(Id, z.number().int().nonnegative()),
  voters: z.record(Id, z.array(Id)).nullable(),
})
export type VoteRound = z.infer<typeof VoteRound>

/** Why a ballot cannot be taken, or null: dots only on the round's activities, no more than given. */
export const ballotRefusal = (ballot: Ballot, dots: number, options: string[]): string | null => {
  const known = new Set(options)
  let used = 0
  for (const [activityId, n] of Object.entries(ballot)) {
    if (!known.has(activityId)) return 'That activity is not part of this vote.'
    used += n
  }
  return used > dots ? `You have ${dots} dots; this ballot uses ${used}.` : null
}

/** Counts per activity over every ballot, in the order the activities were offered. */
export const tally = (
  options: string[],
  ballots: Iterable<{ voter: string | null; ballot: Ballot }>,
): { counts: Record<string, number>; voters: Record<string, string[]>; ballots: number } => {
  const counts: Record<string, number> = Object.fromEntries(options.map((id) => [id, 0]))
  const voters: Record<string, string[]> = Object.fromEntries(options.map((id) => [id, []]))
  let cast = 0
  for (const { voter, ballot } of ballots) {
    const used = Object.entries(ballot).filter(([id, n]) => n > 0 && id in counts)
    if (used.length > 0) cast += 1
    for (const [id, n] of used) {
      counts[id] = (counts[id] ?? 0) + n
      if (voter) voters[id]!.push(voter)
    }
  }
  return { counts, voters, ballots: cast }
}
