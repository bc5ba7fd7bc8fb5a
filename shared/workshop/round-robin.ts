/** Round robin for the activities phase: everyone in the order the facilitator set, in turn. */
export interface RoundMember {
  id: string
  name: string
}

export const notYetContributed = (
  members: readonly RoundMember[],
  contributed: readonly string[],
): RoundMember[] => {
  const done = new Set(contributed)
  return members.filter((m) => !done.has(m.id))
}

/**
 * The next person after the current one who has not spoken yet; once everyone has, the turn simply
 * keeps going around in order.
 */
export const nextToCall = (
  members: readonly RoundMember[],
  contributed: readonly string[],
  currentId: string | null,
): string | null => {
  if (members.length === 0) return null
  const done = new Set(contributed)
  const start = members.findIndex((m) => m.id === currentId)
  const ordered = [...members.slice(start + 1), ...members.slice(0, start + 1)]
  return (ordered.find((m) => !done.has(m.id)) ?? ordered[0]!).id
}

export const contributionCounts = (
  contributors: readonly (string | null)[],
): Record<string, number> => {
  const counts: Record<string, number> = {}
  for (const id of contributors) if (id) counts[id] = (counts[id] ?? 0) + 1
  return counts
}
