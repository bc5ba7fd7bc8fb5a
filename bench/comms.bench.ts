import { checkAgreement } from '../shared/comms/checks'
import { defaultTerms } from '../shared/comms/defaults'
import type { Ratings } from '../shared/comms/edits'
import { resolveContact } from '../shared/comms/resolver'
import type { Participant } from '../shared/workshop/workshop'
import type { Figures } from './stats'
import { quantile, round } from './stats'

const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Europe/London', 'UTC']

/** A large team: 30 sales, 30 marketing across five zones, each with lunch and a trade fair. */
const bigAgreement = () => {
  const participants: Participant[] = Array.from({ length: 60 }, (_, i) => ({
    memberId: `member-${String(i).padStart(4, '0')}`,
    name: `Person ${i}`,
    department: i % 2 ? 'marketing' : 'sales',
  }))
  let n = 0
  const terms = defaultTerms(participants, 'UTC', () => `level-${String(n++).padStart(4, '0')}`)
  terms.people = terms.people.map((p, i) => ({
    ...p,
    timeZone: ZONES[i % ZONES.length]!,
    urgentChannel: i % 3 ? 'phone' : null,
    weeklyOffGrid: [1, 2, 3, 4, 5].map((day) => ({
      id: `lunch-${i}-${day}`,
      day,
      start: '12:00',
      end: '13:00',
      label: 'Lunch',
    })),
    datedOffGrid: [
      { id: `fair-${i}`, from: '2026-03-27T08:00', to: '2026-03-30T18:00', label: 'Trade fair' },
    ],
  }))
  const ratings: Ratings = Object.fromEntries(
    participants.map((p, i) => [
      p.memberId,
      Object.fromEntries(
        terms.channels.map((c, k) => [c.id, { score: (((i + k) % 5) + 1) as 1, note: '' }]),
      ),
    ]),
  )
  return { participants, terms, ratings }
}

const p95 = (runs: number, f: (i: number) => void) => {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    f(i)
    times.push(performance.now() - started)
  }
  return round(quantile(times, 0.95), 2)
}

/** Checks run on every edit and the resolver on every change of its form: both must feel instant. */
export const commsBench = async (): Promise<Figures> => {
  const input = bigAgreement()
  const level = input.terms.levels[0]!.id
  const start = Date.UTC(2026, 2, 26, 6)
  return {
    comms_checks_60_people_p95_ms: p95(40, () => checkAgreement(input)),
    comms_resolve_department_60_people_p95_ms: p95(200, (i) =>
      resolveContact(
        input,
        level,
        { kind: 'department', department: i % 2 ? 'sales' : 'marketing' },
        start + i * 47 * 60_000,
      ),
    ),
  }
}
