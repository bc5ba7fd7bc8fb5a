import { newId } from '../../../shared/library/fields'
import { DEFAULT_GOAL_WORKSHOP_PLAN } from '../../../shared/workshop/timer'
import type { Activity, ActivityKind, ActivityTag, Board } from '../../../shared/workshop/workshop'
import { Board as BoardSchema } from '../../../shared/workshop/workshop'
import { finishedTimer, sessionFile } from './sessions'
import type { PersonKey, SampleContext } from './team'
import { dateAt, EVERYONE, idOf, momentAt, TEAM } from './team'

/** The sample workshop was held this many days before the sample's today. */
export const WORKSHOP_DAYS_AGO = 10

type Row = [
  text: string,
  kind: ActivityKind,
  tag: ActivityTag,
  by: PersonKey,
  owner: PersonKey,
  dueIn: number,
]

/** What the room called out, in turn: every kind, every tag, each with an owner and a date. */
const ACTIVITIES: Row[] = [
  [
    'A fifteen-minute pipeline call, sales and marketing, every Monday',
    'continue',
    'joint',
    'lena',
    'sophie',
    7,
  ],
  [
    'Call every webinar attendee within two working days',
    'continue',
    'sales',
    'jonas',
    'jonas',
    14,
  ],
  ['The monthly webinar for outdoor retailers', 'continue', 'marketing', 'aiko', 'aiko', 30],
  [
    'Re-qualifying leads that marketing has already scored',
    'stop',
    'sales',
    'mehmet',
    'mehmet',
    14,
  ],
  [
    'Handing over trade-fair contacts as a spreadsheet weeks after the fair',
    'stop',
    'marketing',
    'zofia',
    'zofia',
    21,
  ],
  [
    'One written definition of a sales-ready lead, agreed by both teams',
    'improve',
    'joint',
    'mehmet',
    'lena',
    21,
  ],
  [
    'A one-page brief for sales a week before every campaign goes live',
    'improve',
    'marketing',
    'sophie',
    'sophie',
    28,
  ],
  [
    'Log why a deal was lost, within two days, where marketing can read it',
    'improve',
    'sales',
    'lena',
    'mehmet',
    28,
  ],
]

const COMMITMENTS: Record<PersonKey, string> = {
  lena: 'I write the first draft of the sales-ready definition and bring it to the next Monday call.',
  mehmet: 'I stop re-checking scored leads and log every lost deal with its reason.',
  jonas: 'I call each webinar attendee within two working days and note the outcome.',
  sophie: 'I run the Monday call and send the campaign brief a week before launch.',
  zofia: 'Trade-fair contacts reach sales within two days of the fair, in the CRM.',
  aiko: 'I keep the webinar going and share the attendee list the same evening.',
  katrin: '',
}

const board = (ctx: SampleContext): Board => {
  const activities: Activity[] = ACTIVITIES.map(([text, kind, tag, by, owner, dueIn]) => ({
    id: newId(),
    text,
    kind,
    tag,
    proposedBy: idOf(ctx, by),
    ownerId: idOf(ctx, owner),
    dueDate: dateAt(ctx, dueIn - WORKSHOP_DAYS_AGO),
  }))
  const pick = (...rows: number[]) => rows.map((i) => activities[i]!.id)
  const begins = dateAt(ctx, 1 - WORKSHOP_DAYS_AGO)
  const ends = dateAt(ctx, 90 - WORKSHOP_DAYS_AGO)
  return BoardSchema.parse({
    activities,
    goals: [
      {
        id: newId(),
        title: 'Every sales-ready lead gets a call within two working days',
        criteria:
          'In the monthly CRM report, at least 9 of 10 sales-ready leads were called within two working days.',
        begins,
        ends,
        activityIds: pick(0, 1, 3, 5),
        confirmed: true,
      },
      {
        id: newId(),
        title: 'Campaigns sales can sell from the first day',
        criteria:
          'Every campaign has its sales brief a week before launch, and sales rates it 4 of 5 or better.',
        begins,
        ends,
        activityIds: pick(2, 4, 6, 7),
        confirmed: true,
      },
    ],
    // Four check-ins in order, all between the goals' begin (day 1) and end (day 90).
    reviewDates: [21, 42, 63, 84].map((d) => dateAt(ctx, d - WORKSHOP_DAYS_AGO)),
    calledMemberId: null,
    commitments: Object.fromEntries(
      TEAM.map((key) => [idOf(ctx, key), { text: COMMITMENTS[key], committed: true }]),
    ),
    support: Object.fromEntries(
      EVERYONE.map((key) => [
        idOf(ctx, key),
        {
          supported: true,
          note: key === 'katrin' ? 'Monday calls stay in the calendar; I join once a month.' : '',
        },
      ]),
    ),
  })
}

/** A joint fifteen-minute goal workshop, held and finished, with two confirmed goals. */
export const sampleGoalWorkshop = (ctx: SampleContext) => {
  const held = momentAt(ctx, -WORKSHOP_DAYS_AGO, 8, 30)
  const plan = DEFAULT_GOAL_WORKSHOP_PLAN.map((p) => ({
    ...p,
    notes: p.notes ?? '',
    minutes: p.plannedMs / 60_000,
  }))
  return sessionFile(ctx, {
    kind: 'goals',
    title: 'Sales and marketing: shared goals for the season',
    held,
    timer: finishedTimer(plan, held.getTime(), [1.2, 5.6, 4.1, 3, 1.9]),
    board: board(ctx),
  })
}
