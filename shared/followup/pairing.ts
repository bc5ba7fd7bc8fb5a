import type { Pairing } from './tracker'

export interface PairSuggestion {
  salesId: string
  marketingId: string
  reason: string
}

interface Person {
  memberId: string
  name: string
  department: string
}

/** Member id → how many pairings they are in, on either side. */
export const pairCounts = (pairings: Pairing[]): Map<string, number> => {
  const counts = new Map<string, number>()
  for (const p of pairings)
    for (const id of [p.salesId, p.marketingId]) counts.set(id, (counts.get(id) ?? 0) + 1)
  return counts
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base' })
const byName = (a: Person, b: Person) =>
  collator.compare(a.name, b.name) || a.memberId.localeCompare(b.memberId)

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
const pairingCount = (n: number) => `${WORDS[n] ?? n} pairing${n === 1 ? '' : 's'}`
const standing = (n: number) => (n === 0 ? 'has not been paired yet' : `has ${pairingCount(n)}`)

const pairKey = (salesId: string, marketingId: string) => `${salesId}\n${marketingId}`

/** Builds the list, keeping track of who is already suggested and how busy each person gets. */
const suggester = (pairings: Pairing[]) => {
  const counts = pairCounts(pairings)
  const taken = new Set(pairings.map((p) => pairKey(p.salesId, p.marketingId)))
  const load = new Map(counts)
  const list: PairSuggestion[] = []
  const countOf = (p: Person) => counts.get(p.memberId) ?? 0
  const free = (sales: Person, marketing: Person) =>
    !taken.has(pairKey(sales.memberId, marketing.memberId))
  const add = (sales: Person, marketing: Person, reason: string) => {
    taken.add(pairKey(sales.memberId, marketing.memberId))
    for (const p of [sales, marketing]) load.set(p.memberId, (load.get(p.memberId) ?? 0) + 1)
    list.push({ salesId: sales.memberId, marketingId: marketing.memberId, reason })
  }
  const loadOf = (p: Person) => load.get(p.memberId) ?? 0
  return { list, countOf, loadOf, free, add }
}

/** The first person named has no pairing yet. */
const newcomerReason = (first: Person, firstCount: number, other: Person, otherCount: number) =>
  firstCount === 0 && otherCount === 0
    ? 'Neither has been paired yet.'
    : `${first.name} ${standing(firstCount)}; ${other.name} ${standing(otherCount)}.`

type Suggester = ReturnType<typeof suggester>

const sidesOf = (people: Person[]) => {
  const unique = [...new Map(people.map((p) => [p.memberId, p])).values()].sort(byName)
  return {
    sales: unique.filter((p) => p.department === 'sales'),
    marketing: unique.filter((p) => p.department === 'marketing'),
  }
}

/** Each person never paired, once: first with a newcomer of the other side, then with the least busy. */
const placeNewcomers = (s: Suggester, sales: Person[], marketing: Person[]) => {
  const newSales = sales.filter((p) => s.countOf(p) === 0)
  const newMarketing = marketing.filter((p) => s.countOf(p) === 0)
  newSales.forEach((p, i) => {
    const m = newMarketing[i]
    if (m) s.add(p, m, 'Neither has been paired yet.')
  })
  const matched = Math.min(newSales.length, newMarketing.length)
  for (const person of [...newSales.slice(matched), ...newMarketing.slice(matched)]) {
    const isSales = person.department === 'sales'
    const partner = (isSales ? marketing : sales)
      .filter((o) => (isSales ? s.free(person, o) : s.free(o, person)))
      .sort((a, b) => s.loadOf(a) - s.loadOf(b) || byName(a, b))[0]
    if (!partner) continue
    const reason = newcomerReason(person, 0, partner, s.countOf(partner))
    if (isSales) s.add(person, partner, reason)
    else s.add(partner, person, reason)
  }
}

/** People who have trained with others but not with each other, the least paired first. */
const placeNewCombinations = (s: Suggester, sales: Person[], marketing: Person[]) => {
  const experienced = (side: Person[]) => side.filter((p) => s.countOf(p) > 0)
  const total = (a: Person, b: Person) => s.countOf(a) + s.countOf(b)
  const pairs = experienced(sales)
    .flatMap((a) => experienced(marketing).map((b) => [a, b] as const))
    .filter(([a, b]) => s.free(a, b))
    .sort(([a1, b1], [a2, b2]) => total(a1, b1) - total(a2, b2) || byName(a1, a2) || byName(b1, b2))
  for (const [a, b] of pairs) {
    const reason = `${a.name} (${pairingCount(s.countOf(a))}) and ${b.name} (${pairingCount(s.countOf(b))}) have not been paired with each other yet.`
    s.add(a, b, reason)
  }
}

/**
 * Who to pair next for cross-training, between sales and marketing only. People never paired
 * come first; then pairs that have not worked together yet. Empty only when every sales person
 * has been paired with every marketing person, or one side has nobody.
 */
export const pairingSuggestions = (people: Person[], pairings: Pairing[]): PairSuggestion[] => {
  const { sales, marketing } = sidesOf(people)
  if (sales.length === 0 || marketing.length === 0) return []
  const s = suggester(pairings)
  placeNewcomers(s, sales, marketing)
  placeNewCombinations(s, sales, marketing)
  return s.list
}
