import type { Participant } from '../workshop/workshop'
import type {
  AgreementTerms,
  Availability,
  Channel,
  DatedBlock,
  MessageLevel,
  Rating,
  WeeklyBlock,
} from './agreement'

/**
 * The builder's edits as pure functions of the agreement, so the rules that keep it consistent
 * (a removed channel leaves no level pointing at it) live in one tested place, not in components.
 */
export type Ratings = Record<string, Record<string, Rating>>

export const MAX_CHANNELS = 40
export const MAX_LEVELS = 12

const EMPTY_RATING: Rating = { score: null, note: '' }

export const ratingOf = (ratings: Ratings, memberId: string, channelId: string): Rating =>
  ratings[memberId]?.[channelId] ?? EMPTY_RATING

export const setRating = (
  ratings: Ratings,
  memberId: string,
  channelId: string,
  change: Partial<Rating>,
): Ratings => {
  const next = { ...ratingOf(ratings, memberId, channelId), ...change }
  const mine = { ...ratings[memberId] }
  if (next.score === null && next.note === '') delete mine[channelId]
  else mine[channelId] = next
  return { ...ratings, [memberId]: mine }
}

const sameName = (a: string, b: string) =>
  a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'accent' }) === 0

/** Why a new channel name cannot be used, or null when it can. */
export const channelNameProblem = (terms: AgreementTerms, name: string): string | null => {
  if (name.trim() === '') return 'Give the channel a name.'
  if (terms.channels.some((c) => sameName(c.name, name)))
    return `“${name.trim()}” is already on the list.`
  if (terms.channels.length >= MAX_CHANNELS)
    return `An agreement holds at most ${MAX_CHANNELS} channels.`
  return null
}

/** Ids stay readable for Latin names ("custom-teams") and still valid for any other script. */
const channelIdFor = (terms: AgreementTerms, name: string, random: () => string): string => {
  const slug = name
    .normalize('NFKD')
    // Decomposed accents are dropped, not turned into dashes: "Jürgen" → "jurgen", not "ju-rgen".
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '')
  const base = `custom-${slug || random()}`
  const taken = new Set(terms.channels.map((c) => c.id))
  if (!taken.has(base)) return base
  for (;;) {
    const id = `${base}-${random()}`.slice(0, 64)
    if (!taken.has(id)) return id
  }
}

export const addChannel = (
  terms: AgreementTerms,
  name: string,
  fast: boolean,
  random: () => string,
): AgreementTerms => {
  const channel: Channel = {
    id: channelIdFor(terms, name, random),
    name: name.trim(),
    fast,
    builtIn: false,
    inUse: true,
  }
  return { ...terms, channels: [...terms.channels, channel] }
}

export const updateChannel = (
  terms: AgreementTerms,
  id: string,
  change: Partial<Pick<Channel, 'inUse' | 'fast' | 'name'>>,
): AgreementTerms => ({
  ...terms,
  channels: terms.channels.map((c) => (c.id === id ? { ...c, ...change } : c)),
})

/** Removing a custom channel also clears every level and person that pointed at it. */
export const removeChannel = (terms: AgreementTerms, id: string): AgreementTerms => {
  // A built-in stays listed (switched off instead), so whatever points at it stays valid.
  if (terms.channels.some((c) => c.id === id && c.builtIn)) return terms
  const clear = (ref: string | null) => (ref === id ? null : ref)
  return {
    channels: terms.channels.filter((c) => c.id !== id),
    levels: terms.levels.map((l) => ({
      ...l,
      primary: clear(l.primary),
      fallback: clear(l.fallback),
    })),
    people: terms.people.map((p) => ({
      ...p,
      preferredChannel: clear(p.preferredChannel),
      urgentChannel: clear(p.urgentChannel),
    })),
  }
}

export const updateLevel = (
  terms: AgreementTerms,
  id: string,
  change: Partial<Omit<MessageLevel, 'id'>>,
): AgreementTerms => ({
  ...terms,
  levels: terms.levels.map((l) => (l.id === id ? { ...l, ...change } : l)),
})

export const addLevel = (terms: AgreementTerms, id: string): AgreementTerms =>
  terms.levels.length >= MAX_LEVELS
    ? terms
    : {
        ...terms,
        levels: [
          ...terms.levels,
          {
            id,
            name: `Level ${terms.levels.length + 1}`,
            urgency: 'week',
            primary: null,
            fallback: null,
            responseMinutes: null,
            noAnswer: '',
          },
        ],
      }

export const removeLevel = (terms: AgreementTerms, id: string): AgreementTerms => ({
  ...terms,
  levels: terms.levels.filter((l) => l.id !== id),
})

export const moveLevel = (terms: AgreementTerms, id: string, by: -1 | 1): AgreementTerms => {
  const from = terms.levels.findIndex((l) => l.id === id)
  const to = from + by
  if (from < 0 || to < 0 || to >= terms.levels.length) return terms
  const levels = [...terms.levels]
  const [moved] = levels.splice(from, 1)
  if (moved) levels.splice(to, 0, moved)
  return { ...terms, levels }
}

export const updatePerson = (
  terms: AgreementTerms,
  memberId: string,
  change: (p: Availability) => Availability,
): AgreementTerms => ({
  ...terms,
  people: terms.people.map((p) => (p.memberId === memberId ? change(p) : p)),
})

export const toggleWorkDay = (p: Availability, day: number): Availability => ({
  ...p,
  workDays: p.workDays.includes(day)
    ? p.workDays.filter((d) => d !== day)
    : [...p.workDays, day].sort((a, b) => a - b),
})

export const addWeeklyBlock = (p: Availability, id: string): Availability => ({
  ...p,
  weeklyOffGrid: [...p.weeklyOffGrid, { id, day: 1, start: '12:00', end: '13:00', label: '' }],
})

export const updateWeeklyBlock = (
  p: Availability,
  id: string,
  change: Partial<Omit<WeeklyBlock, 'id'>>,
): Availability => ({
  ...p,
  weeklyOffGrid: p.weeklyOffGrid.map((b) => (b.id === id ? { ...b, ...change } : b)),
})

/** A dated block starts as the whole of `today` (YYYY-MM-DD), for the person to adjust. */
export const addDatedBlock = (p: Availability, id: string, today: string): Availability => ({
  ...p,
  datedOffGrid: [
    ...p.datedOffGrid,
    { id, from: `${today}T00:00`, to: `${today}T23:59`, label: '' },
  ],
})

export const updateDatedBlock = (
  p: Availability,
  id: string,
  change: Partial<Omit<DatedBlock, 'id'>>,
): Availability => ({
  ...p,
  datedOffGrid: p.datedOffGrid.map((b) => (b.id === id ? { ...b, ...change } : b)),
})

export const removeBlock = (p: Availability, id: string): Availability => ({
  ...p,
  weeklyOffGrid: p.weeklyOffGrid.filter((b) => b.id !== id),
  datedOffGrid: p.datedOffGrid.filter((b) => b.id !== id),
})

/** Sales first, then marketing, then everyone else: the order of the heat map and the grid. */
const DEPARTMENT_ORDER: Record<Participant['department'], number> = {
  sales: 0,
  marketing: 1,
  management: 2,
  other: 3,
}

export const byDepartment = (participants: readonly Participant[]): Participant[] =>
  [...participants].sort((a, b) => DEPARTMENT_ORDER[a.department] - DEPARTMENT_ORDER[b.department])

/** Mean score of the given people for a channel, or null when none of them rated it. */
export const meanScore = (
  ratings: Ratings,
  people: readonly Participant[],
  channelId: string,
): number | null => {
  const scores = people.flatMap((p) => {
    const s = ratings[p.memberId]?.[channelId]?.score
    return typeof s === 'number' ? [s] : []
  })
  return scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null
}
