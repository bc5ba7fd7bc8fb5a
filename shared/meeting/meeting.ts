import { z } from 'zod'
import { Id, IsoDate, IsoDateTime, LIMITS, LongText, ShortText } from '../library/fields'
import type { Plan } from '../workshop/plan'
import { uniqueBy } from '../library/unique'

/** What, who and how of the meeting itself, agreed before anyone sits down. */
export const MeetingPlan = z.object({ what: LongText, who: LongText, how: LongText })
export type MeetingPlan = z.infer<typeof MeetingPlan>

export const Idea = z.object({
  id: Id,
  text: z.string().trim().min(1, 'Say what the idea is').max(LIMITS.longText),
  by: Id.nullable(),
})
export type Idea = z.infer<typeof Idea>

/** One person's plan and the commitment they state to the room, with the time they spoke. */
export const PersonalPlan = z.object({
  plan: LongText,
  commitment: LongText,
  dueDate: IsoDate.nullable(),
  /** When they stated it; null until their turn is done. */
  statedAt: IsoDateTime.nullable(),
  /** Time they had the floor, summed over turns. */
  spokenMs: z.number().int().nonnegative(),
})
export type PersonalPlan = z.infer<typeof PersonalPlan>

/** Whose turn it is in step four, and since when (epoch ms): the per-person clock. */
export const Speaker = z.object({ memberId: Id, since: z.number().int().nonnegative() })
export type Speaker = z.infer<typeof Speaker>

export const MeetingBoard = z.object({
  plan: MeetingPlan,
  topic: ShortText,
  endGoal: LongText,
  ideas: z.array(Idea).max(500).superRefine(uniqueBy('id', 'ideas')),
  plans: z.record(Id, PersonalPlan),
  speaker: Speaker.nullable(),
  /** Step five: when the plans are looked at again. */
  nextMeeting: IsoDate.nullable(),
  notes: LongText,
})
export type MeetingBoard = z.infer<typeof MeetingBoard>

export const emptyMeetingBoard = (): MeetingBoard => ({
  plan: { what: '', who: '', how: '' },
  topic: '',
  endGoal: '',
  ideas: [],
  plans: {},
  speaker: null,
  nextMeeting: null,
  notes: '',
})

export const emptyPersonalPlan = (): PersonalPlan => ({
  plan: '',
  commitment: '',
  dueDate: null,
  statedAt: null,
  spokenMs: 0,
})

/** The brief's five steps; "no later than" is set on the clock, and the room can end early. */
export const DEFAULT_ACTION_PLAN: Plan = [
  {
    name: 'Topic and end goal',
    prompt: 'What is this meeting about, and what should be true when it is over?',
    notes:
      'Open with the earlier commitments. Then name the topic and say how the meeting ends: with each person’s own plan and commitment. Give the “no later than” time.',
    minutes: 3,
  },
  {
    name: 'Ideas',
    prompt: 'Every idea goes on the board; no judging yet. Sales and marketing both speak.',
    notes:
      'Ask for ideas anyone could act on, from both teams. No judging, no complaints: anything about one person is for a one-to-one later.',
    minutes: 7,
  },
  {
    name: 'Draft your plan',
    prompt: 'Everyone drafts, alone and in silence, what they will do and by when.',
    notes:
      'Silence for a few minutes: everyone writes what they will do and by when. Do not lecture; answer questions only.',
    minutes: 5,
  },
  {
    name: 'Plans and commitments',
    prompt: 'One at a time: your plan, and what you commit to. The others listen.',
    notes:
      'One at a time, give each person the floor: their plan and what they commit to. Others listen; questions at the end.',
    minutes: 10,
  },
  {
    name: 'Follow-up',
    prompt: 'Note the plans for follow-up and agree when we look at them again.',
    notes:
      'Read the plans back for the record, set the date of the next meeting, and end early if the work is done.',
    minutes: 3,
  },
]
