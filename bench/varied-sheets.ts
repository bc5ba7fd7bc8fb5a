import type { GoalSheetModel } from '../shared/pdf/sheet-models'
import { activity, goals, NAMES, personal } from '../test/support/sheet-fixtures'

const PEOPLE = [...Object.values(NAMES), 'Mia Svensson', 'Tomás Ó Briain', 'Chiara Bianchi']
const TASKS = [
  'Send marketing the reasons for every lost deal',
  'Review the lead score with the field team',
  'Publish the campaign calendar for the quarter',
  'Call every trade-fair contact within a week',
  'Agree on one definition of a qualified lead',
  'Share customer quotes for the next case study',
]

/** Sheet `i` of a packet: its own person, goals and activities, so no two sheets are alike. */
export const variedSheet = (i: number): GoalSheetModel => {
  const name = `${PEOPLE[i % PEOPLE.length]} ${i > PEOPLE.length ? i : ''}`.trim()
  const id = `member-${i}`
  const own = goals.map((g, k) => ({
    ...g,
    id: `goal-${i}-${k}`,
    title: `${g.title} (${['north', 'south', 'online', 'key accounts'][i % 4]})`,
    activities: Array.from({ length: 3 + (i % 4) }, (_, n) =>
      activity(i * 10 + n, {
        text: `${TASKS[(i + n) % TASKS.length]} (${i}.${n})`,
        ownerName: n % 2 ? name : PEOPLE[(i + n) % PEOPLE.length]!,
        ownerId: n % 2 ? id : `member-${i + n}`,
      }),
    ),
  }))
  return {
    ...personal(name, id),
    goals: own,
    myActivities: own.flatMap((g) => g.activities).filter((a) => a.ownerId === id),
    commitment: `${TASKS[i % TASKS.length]}, and tell the team how it went at each review.`,
  }
}
