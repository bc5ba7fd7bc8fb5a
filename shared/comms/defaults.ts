import type { Plan } from '../workshop/plan'
import type { Participant } from '../workshop/workshop'
import type { AgreementTerms, Availability, Channel, MessageLevel } from './agreement'
import { BUILT_IN_CHANNELS } from './agreement'

/** The communication builder's session: twenty minutes in five phases, each editable per session. */
export const DEFAULT_COMMS_PLAN: Plan = [
  {
    name: 'Preferences',
    prompt:
      'Everyone rates each channel from “never if I can help it” to “always”, and says what bothers them about the ones they avoid.',
    notes:
      'Each person fills in their own row; ask for one sentence on the channel they dislike most. Watch the heat map for cells where sales and marketing differ.',
    minutes: 5,
  },
  {
    name: 'Channels',
    prompt:
      'Look at the heat map together. Which channels will this team use, and which tools are missing from the list?',
    notes:
      'Point at the widest differences on the heat map first. Ask which channels everyone will actually check, and whether a tool the team uses is missing.',
    minutes: 3,
  },
  {
    name: 'Message levels',
    prompt:
      'For each kind of message: which channel first, which if there is no answer, how fast do we reply, and what happens after that?',
    notes:
      'Start with urgent: what counts as urgent here, and who may call it that? For each level: first channel, fallback, how fast, and what happens when nobody answers.',
    minutes: 5,
  },
  {
    name: 'People',
    prompt:
      'Each person: working hours, time zone, when you are off the grid, and how we reach you when it cannot wait.',
    notes:
      'Go round the room: hours, time zone, regular off-grid times (client visits, travel), and the one way to reach each person when it cannot wait.',
    minutes: 4,
  },
  {
    name: 'Check & agree',
    prompt:
      'Go through the warnings, fix what needs fixing, and publish the agreement everybody will acknowledge.',
    notes:
      'Read the warnings aloud and fix them one by one. Publish when the room agrees, and ask each person to acknowledge the version.',
    minutes: 3,
  },
]

export const defaultChannels = (): Channel[] =>
  BUILT_IN_CHANNELS.map((c) => ({ ...c, builtIn: true, inUse: true }))

const HOUR = 60

/** Starting points the room adjusts, never final answers. Ids are stable so the checks can name them. */
export const defaultLevels = (newId: () => string): MessageLevel[] => [
  {
    id: newId(),
    name: 'Urgent',
    urgency: 'urgent',
    primary: 'phone',
    fallback: 'text',
    responseMinutes: 15,
    noAnswer: 'Call the person’s urgent contact, then their manager.',
  },
  {
    id: newId(),
    name: 'Today',
    urgency: 'today',
    primary: 'text',
    fallback: 'phone',
    responseMinutes: 4 * HOUR,
    noAnswer: 'Call before the end of the working day.',
  },
  {
    id: newId(),
    name: 'This week',
    urgency: 'week',
    primary: 'email',
    fallback: 'in-person',
    responseMinutes: 2 * 8 * HOUR,
    noAnswer: 'Bring it up at the next joint meeting.',
  },
  {
    id: newId(),
    name: 'FYI',
    urgency: 'fyi',
    primary: 'email',
    fallback: null,
    responseMinutes: 5 * 8 * HOUR,
    noAnswer: 'No reply needed.',
  },
]

export const defaultAvailability = (memberId: string, timeZone: string): Availability => ({
  memberId,
  timeZone,
  workDays: [1, 2, 3, 4, 5],
  workStart: '09:00',
  workEnd: '17:00',
  weeklyOffGrid: [],
  datedOffGrid: [],
  preferredChannel: null,
  urgentChannel: null,
  urgentNote: '',
})

export const defaultTerms = (
  participants: Participant[],
  timeZone: string,
  newId: () => string,
): AgreementTerms => ({
  channels: defaultChannels(),
  levels: defaultLevels(newId),
  people: participants.map((p) => defaultAvailability(p.memberId, timeZone)),
})

export const URGENCY_LABELS = {
  urgent: 'Urgent',
  today: 'Same day',
  week: 'Within the week',
  fyi: 'For information',
} as const

export const RATING_LABELS = {
  1: 'Never if I can help it',
  2: 'Rarely',
  3: 'Sometimes',
  4: 'Often',
  5: 'Always',
} as const
