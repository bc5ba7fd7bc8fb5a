import { newId } from '../../../shared/library/fields'
import type { MeetingBoard, PersonalPlan } from '../../../shared/meeting/meeting'
import {
  DEFAULT_ACTION_PLAN,
  MeetingBoard as MeetingBoardSchema,
} from '../../../shared/meeting/meeting'
import { finishedTimer, sessionFile } from './sessions'
import type { PersonKey, SampleContext } from './team'
import { dateAt, idOf, momentAt, TEAM } from './team'

/** The action-plan meeting came a week after the goal workshop. */
export const MEETING_DAYS_AGO = 3

const PLANS: Record<PersonKey, [plan: string, commitment: string, dueIn: number]> = {
  lena: [
    'Test the draft lead definition on last month’s leads with Sophie.',
    'Definition tested and sent round',
    4,
  ],
  mehmet: ['Try a lost-deal note in the CRM on my next ten visits.', 'Ten notes logged', 7],
  jonas: ['Call back the 23 attendees of the last webinar.', 'All called, outcomes noted', 2],
  sophie: [
    'Write the brief for the spring tent campaign and walk sales through it.',
    'Brief out a week before launch',
    8,
  ],
  zofia: [
    'Enter the contacts from the hiking fair straight into the CRM.',
    'Done within two days of the fair',
    5,
  ],
  aiko: [
    'Ask sales which questions buyers ask most, for the next webinar.',
    'Three questions in the next webinar',
    10,
  ],
  katrin: ['', '', 0],
}

const IDEAS: [PersonKey, string][] = [
  ['jonas', 'A shared list of the ten questions buyers ask most'],
  ['zofia', 'A CRM form on a tablet at the fair stand'],
  ['sophie', 'Invite one salesperson to each campaign kick-off'],
  ['mehmet', 'A monthly call where sales tells marketing why deals were lost'],
]

const board = (ctx: SampleContext, heldMs: number): MeetingBoard => {
  let spoken = heldMs + 16 * 60_000
  const plans = Object.fromEntries(
    TEAM.map((key): [string, PersonalPlan] => {
      const [plan, commitment, dueIn] = PLANS[key]
      spoken += 90_000
      return [
        idOf(ctx, key),
        {
          plan,
          commitment,
          dueDate: dateAt(ctx, dueIn),
          statedAt: new Date(spoken).toISOString(),
          spokenMs: 80_000,
        },
      ]
    }),
  )
  return MeetingBoardSchema.parse({
    plan: {
      what: 'Turn the two season goals into personal plans for the next two weeks.',
      who: 'Both teams and Katrin; Sophie facilitates.',
      how: 'Ideas first, then a few quiet minutes to draft, then each person states a plan.',
    },
    topic: 'From shared goals to the next two weeks',
    endGoal: 'Everyone leaves with one plan of their own and a date.',
    ideas: IDEAS.map(([by, text]) => ({ id: newId(), text, by: idOf(ctx, by) })),
    plans,
    speaker: null,
    nextMeeting: dateAt(ctx, 11),
    notes: 'Jonas and Zofia pair up before the hiking fair.',
  })
}

/** An action-plan meeting that ended before its "no later than" time, every plan stated. */
export const sampleMeeting = (ctx: SampleContext) => {
  const held = momentAt(ctx, -MEETING_DAYS_AGO, 13)
  const start = held.getTime()
  return sessionFile(ctx, {
    kind: 'actions',
    title: 'Action plans after the goal workshop',
    held,
    timer: finishedTimer(DEFAULT_ACTION_PLAN, start, [2.5, 6, 4.5, 9.5, 2], start + 35 * 60_000),
    meeting: board(ctx, start),
  })
}
