import type { PlannedPhase } from './timer'

const MINUTE = 60_000

/**
 * The fifteen-minute team-goal session. `prompt` is what the room reads on the projector; `notes`
 * are the facilitator's own cues for the phase (what to hand out, say and ask) and never leave the
 * console.
 */
export const DEFAULT_GOAL_WORKSHOP_PLAN: readonly PlannedPhase[] = [
  {
    id: 'purpose',
    name: 'Purpose',
    prompt:
      'Why we are here: one shared goal for this team, built from things we will actually do. Everyone leaves with activities and a commitment.',
    notes:
      'Hand every member a goal sheet first. In two sentences: we leave with a goal we made ourselves, and each of us commits to a part of it. Say why activities come first: nobody can "do" a goal, only the things that reach it. Keep it short; the room does the work.',
    plannedMs: 1 * MINUTE,
  },
  {
    id: 'activities',
    name: 'Activities',
    prompt:
      'Each person in turn: what should we keep doing, stop doing, and do better? Say whether it is for sales, marketing or both.',
    notes:
      'Call on each person in turn (Call next person); everyone speaks once before anyone speaks twice. Ask: what should we keep doing, what should we stop, what could we do better, and is it for sales, marketing or both? Type it as they say it; no debate yet. Someone stuck? Ask what slowed them down last week.',
    plannedMs: 5 * MINUTE,
  },
  {
    id: 'goals',
    name: 'Goals',
    prompt:
      'Shape one to three goals from the activities on the board. For each: how will we know it is met, and when does it start and end?',
    notes:
      'Point at the board: which of these, done well, would move us most? One to three goals; the first may be modest. For each ask "how will we know it is met?" and wait for a number or a fact anyone can check, not a feeling. Set its begin and end, and tick the activities that build it.',
    plannedMs: 4 * MINUTE,
  },
  {
    id: 'owners',
    name: 'Owners & commitments',
    prompt:
      'Every activity gets a name and a date. Each person says what they will do and commits to it.',
    notes:
      'Go down the list: who owns this, and by when? One name and one date per activity. Then ask each person, one by one, to say out loud what they will do and whether they commit to it.',
    plannedMs: 3 * MINUTE,
  },
  {
    id: 'review',
    name: 'Review & support',
    prompt:
      'When do we check progress? Each of us, and our manager, says how we will support these goals.',
    notes:
      'Set the review dates now, while everyone is in the room: four check-ins between the goal’s begin and end. Ask each member, and the manager last, how they will support the goals. A session for one department? Offer to run it for the other team next.',
    plannedMs: 2 * MINUTE,
  },
]
