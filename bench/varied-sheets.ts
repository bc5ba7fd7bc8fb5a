import type { GoalSheetModel, SheetActivity, SheetGoal } from '../shared/pdf/sheet-models'
import { prng } from '../test/support/prng'
import { NAMES, personal } from '../test/support/sheet-fixtures'

const FIRST = ['Mia', 'Tomás', 'Chiara', 'Jonas', 'Aoife', 'Karim', 'Ingrid', 'Paweł', 'Lucía']
const LAST = ['Svensson', 'Ó Briain', 'Bianchi', 'Müller', 'Kowalczyk', 'Haddad', 'Dubois', 'Nagy']
// Now and then a name in another script, as in a real international team.
const OTHER_SCRIPTS = [NAMES.greek, NAMES.russian, NAMES.hebrew, NAMES.japanese]

const VERB = ['Send', 'Review', 'Publish', 'Call', 'Agree on', 'Share', 'Plan', 'Measure', 'Draft']
const WHAT = [
  'the reasons for every lost deal',
  'the lead score with the field team',
  'the campaign calendar for the quarter',
  'every trade-fair contact',
  'one definition of a qualified lead',
  'customer quotes for the next case study',
  'the pricing questions heard this month',
  'a shared list of target accounts',
  'the hand-over notes for new leads',
]
const WHEN = ['every Monday', 'within a week', 'before each review', 'at month end', 'by Friday']
const GOALS = [
  'Every qualified lead followed up within two days',
  'One shared forecast for sales and marketing',
  'Campaigns planned with the field team',
  'Fewer leads lost between the two teams',
  'Customer stories collected from every region',
]

/**
 * Sheet `i` of a packet: its own person, goals, activities and dates, drawn from a seeded random
 * source so no two sheets share their lines (a benchmark of one repeated sheet would only measure
 * the caches), yet every run of the benchmark draws the same sheets.
 */
export const variedSheet = (i: number): GoalSheetModel => {
  const random = prng(1_000 + i)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!
  const person = () =>
    random() < 0.15 ? pick(OTHER_SCRIPTS) : `${pick(FIRST)} ${pick(LAST)} ${i % 100}`
  const day = () =>
    `2027-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`
  const name = person()
  const id = `member-${i}`
  let n = 0
  const activity = (): SheetActivity => {
    const mine = random() < 0.5
    n++
    return {
      id: `act-${i}-${n}`,
      text: `${pick(VERB)} ${pick(WHAT)} ${pick(WHEN)} (${i}.${n})`,
      kind: pick(['stop', 'improve', 'continue'] as const),
      tag: pick(['sales', 'marketing', 'joint'] as const),
      ownerName: mine ? name : person(),
      ownerId: mine ? id : `member-${i}-${n}`,
      dueDate: day(),
      proposedBy: person(),
    }
  }
  const goals: SheetGoal[] = Array.from({ length: 1 + (i % 2) }, (_, k) => ({
    id: `goal-${i}-${k}`,
    title: `${pick(GOALS)} (${i}.${k})`,
    criteria: `The CRM shows ${50 + Math.floor(random() * 50)} % of the agreed follow-ups done, ${2 + (i % 6)} weeks in a row.`,
    begins: day(),
    ends: day(),
    confirmed: random() < 0.8,
    activities: Array.from({ length: 3 + Math.floor(random() * 3) }, activity),
  }))
  return {
    ...personal(name, id),
    memberDepartment: pick(['Sales', 'Marketing', 'Field sales', 'Inside sales']),
    todayDate: day(),
    goalBegins: day(),
    reviewDates: [day(), day(), random() < 0.5 ? day() : null, null],
    goalEnds: day(),
    goals,
    myActivities: goals.flatMap((g) => g.activities).filter((a) => a.ownerId === id),
    commitment: `${pick(VERB)} ${pick(WHAT)} ${pick(WHEN)}, and tell the team how it went (${i}).`,
    managerName: person(),
  }
}
