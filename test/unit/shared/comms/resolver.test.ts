import { describe, expect, it } from 'vitest'
import { iso, local, person } from '../../../support/comms-fixtures'
import type { Availability, Channel, MessageLevel } from '../../../../shared/comms/agreement'
import { defaultChannels } from '../../../../shared/comms/defaults'
import type { Resolution, Target } from '../../../../shared/comms/resolver'
import { resolveContact } from '../../../../shared/comms/resolver'
import type { Participant } from '../../../../shared/workshop/workshop'

const participants: Participant[] = [
  { memberId: 'member-ana', name: 'Ana', department: 'sales' },
  { memberId: 'member-ben', name: 'Ben', department: 'sales' },
  { memberId: 'member-cleo', name: 'Cleo', department: 'marketing' },
]

const ben = (overrides: Partial<Availability> = {}) =>
  person({ memberId: 'member-ben', ...overrides })
const everyDay = [1, 2, 3, 4, 5, 6, 7]

const level = (
  id: string,
  name: string,
  urgency: MessageLevel['urgency'],
  primary: string | null,
  fallback: string | null,
  responseMinutes: number | null,
): MessageLevel => ({ id, name, urgency, primary, fallback, responseMinutes, noAnswer: '' })
const levels = [
  level('level-urgent', 'Urgent', 'urgent', 'phone', 'text', 15),
  level('level-today', 'Today', 'today', 'text', 'phone', 240),
  level('level-week', 'This week', 'week', 'email', 'in-person', 960),
  level('level-open', 'Open', 'fyi', 'email', null, null),
]
const switchedOff = (...ids: string[]): Channel[] =>
  defaultChannels().map((c) => (ids.includes(c.id) ? { ...c, inUse: false } : c))

const fair = {
  id: 'block-fair',
  from: '2026-01-07T08:00',
  to: '2026-01-08T12:00',
  label: 'Trade fair',
}
const leave = { id: 'block-leave', from: '2026-01-01T00:00', to: '2026-02-01T00:00', label: '' }
const ana: Target = { kind: 'person', memberId: 'member-ana' }
const sales: Target = { kind: 'department', department: 'sales' }

interface Expected {
  status: Resolution['status']
  person: string | null
  channel: string | null
  fallback: string | null
  /** Local wall-clock times in `zone`. */
  answerBy: string | null
  nextAt: string | null
  /** Sentences the explanation must contain, word for word. */
  says: string[]
}

interface Case {
  name: string
  people: Availability[]
  channels?: Channel[]
  level: string
  target?: Target
  at: number
  /** The zone the expected times are read in: the contacted person's. */
  zone?: string
  want: Expected
}

const cases: Case[] = [
  {
    name: 'reachable now: the level’s primary and fallback, answer due by the response time',
    people: [person()],
    level: 'level-urgent',
    at: local('2026-01-05T10:00'),
    want: {
      status: 'reachable',
      person: 'member-ana',
      channel: 'phone',
      fallback: 'text',
      answerBy: '2026-01-05T10:15',
      nextAt: null,
      says: [
        'Ana is reachable now (Mon 10:00 (Europe/Berlin)).',
        'Use Phone call; if there is no answer, Text message.',
        'Expect an answer by Mon 10:15 (Europe/Berlin).',
      ],
    },
  },
  {
    name: 'reachable now: the answer clock stops at the end of the working day',
    people: [person()],
    level: 'level-today',
    at: local('2026-01-05T15:00'),
    want: {
      status: 'reachable',
      person: 'member-ana',
      channel: 'text',
      fallback: 'phone',
      answerBy: '2026-01-06T11:00',
      nextAt: null,
      says: ['Expect an answer by Tue 11:00 (Europe/Berlin).'],
    },
  },
  {
    name: 'reachable now without an agreed response time: no answer-by',
    people: [person()],
    level: 'level-open',
    at: local('2026-01-05T10:00'),
    want: {
      status: 'reachable',
      person: 'member-ana',
      channel: 'email',
      fallback: null,
      answerBy: null,
      nextAt: null,
      says: ['Use Email.', '“Open” has no agreed response time.'],
    },
  },
  {
    name: 'after hours, not urgent: later, from next morning',
    people: [person()],
    level: 'level-week',
    at: local('2026-01-05T18:30'),
    want: {
      status: 'later',
      person: 'member-ana',
      channel: 'email',
      fallback: 'in-person',
      answerBy: '2026-01-07T17:00',
      nextAt: '2026-01-06T09:00',
      says: [
        'Ana is outside working hours (it is Mon 18:30 (Europe/Berlin)).',
        'Ana is next reachable Tue 09:00 (Europe/Berlin).',
        'Expect an answer by Wed 17:00 (Europe/Berlin).',
      ],
    },
  },
  {
    name: 'Friday evening, not urgent: later, from Monday morning',
    people: [person()],
    level: 'level-today',
    at: local('2026-01-09T17:00'),
    want: {
      status: 'later',
      person: 'member-ana',
      channel: 'text',
      fallback: 'phone',
      answerBy: '2026-01-12T13:00',
      nextAt: '2026-01-12T09:00',
      says: ['Ana is next reachable Mon 09:00 (Europe/Berlin).'],
    },
  },
  {
    name: 'New York: a Berlin morning is before their day starts',
    people: [person({ timeZone: 'America/New_York' })],
    level: 'level-today',
    at: local('2026-01-05T10:00'),
    zone: 'America/New_York',
    want: {
      status: 'later',
      person: 'member-ana',
      channel: 'text',
      fallback: 'phone',
      answerBy: '2026-01-05T13:00',
      nextAt: '2026-01-05T09:00',
      says: [
        'Ana is outside working hours (it is Mon 04:00 (America/New_York)).',
        'Ana is next reachable Mon 09:00 (America/New_York).',
      ],
    },
  },
  {
    name: 'Tokyo: a Berlin night is their working morning',
    people: [person({ timeZone: 'Asia/Tokyo' })],
    level: 'level-urgent',
    at: local('2026-01-05T03:00'),
    zone: 'Asia/Tokyo',
    want: {
      status: 'reachable',
      person: 'member-ana',
      channel: 'phone',
      fallback: 'text',
      answerBy: '2026-01-05T11:15',
      nextAt: null,
      says: ['Ana is reachable now (Mon 11:00 (Asia/Tokyo)).'],
    },
  },
  {
    name: 'Tokyo: a Berlin morning is their evening, so next morning in Tokyo',
    people: [person({ timeZone: 'Asia/Tokyo' })],
    level: 'level-week',
    at: local('2026-01-05T10:00'),
    zone: 'Asia/Tokyo',
    want: {
      status: 'later',
      person: 'member-ana',
      channel: 'email',
      fallback: 'in-person',
      answerBy: '2026-01-07T17:00',
      nextAt: '2026-01-06T09:00',
      says: ['Ana is next reachable Tue 09:00 (Asia/Tokyo).'],
    },
  },
  {
    name: 'all-day hours, a Friday-night block running past midnight: back at 02:00',
    people: [
      person({
        workDays: everyDay,
        workStart: '00:00',
        workEnd: '00:00',
        weeklyOffGrid: [
          { id: 'block-out', day: 5, start: '22:00', end: '02:00', label: 'Night out' },
        ],
      }),
    ],
    level: 'level-week',
    at: local('2026-01-10T01:00'),
    want: {
      status: 'later',
      person: 'member-ana',
      channel: 'email',
      fallback: 'in-person',
      answerBy: '2026-01-10T18:00',
      nextAt: '2026-01-10T02:00',
      says: ['Ana is off the grid (Night out) until Sat 02:00 (Europe/Berlin).'],
    },
  },
  {
    name: 'night shift with a block past midnight: back inside the shift, answer in the next shift',
    people: [
      person({
        workStart: '20:00',
        workEnd: '04:00',
        weeklyOffGrid: [{ id: 'block-band', day: 5, start: '22:00', end: '02:00', label: 'Band' }],
      }),
    ],
    level: 'level-today',
    at: local('2026-01-09T23:00'),
    want: {
      status: 'later',
      person: 'member-ana',
      channel: 'text',
      fallback: 'phone',
      answerBy: '2026-01-12T22:00',
      nextAt: '2026-01-10T02:00',
      says: ['Ana is off the grid (Band) until Sat 02:00 (Europe/Berlin).'],
    },
  },
  {
    name: 'night shift: reachable after the block, still in Friday’s shift',
    people: [
      person({
        workStart: '20:00',
        workEnd: '04:00',
        weeklyOffGrid: [{ id: 'block-band', day: 5, start: '22:00', end: '02:00', label: 'Band' }],
      }),
    ],
    level: 'level-urgent',
    at: local('2026-01-10T03:00'),
    want: {
      status: 'reachable',
      person: 'member-ana',
      channel: 'phone',
      fallback: 'text',
      answerBy: '2026-01-10T03:15',
      nextAt: null,
      says: ['Ana is reachable now (Sat 03:00 (Europe/Berlin)).'],
    },
  },
  {
    name: 'a dated block: its label explains the wait',
    people: [person({ datedOffGrid: [fair] })],
    level: 'level-week',
    at: local('2026-01-07T10:00'),
    want: {
      status: 'later',
      person: 'member-ana',
      channel: 'email',
      fallback: 'in-person',
      answerBy: '2026-01-12T12:00',
      nextAt: '2026-01-08T12:00',
      says: ['Ana is off the grid (Trade fair) until Thu 12:00 (Europe/Berlin).'],
    },
  },
  {
    name: 'DST in Berlin (2026-03-29): the answer is due at 12:00 local on the change day',
    people: [person({ workDays: everyDay })],
    level: 'level-today',
    at: local('2026-03-28T16:00'),
    want: {
      status: 'reachable',
      person: 'member-ana',
      channel: 'text',
      fallback: 'phone',
      answerBy: '2026-03-29T12:00',
      nextAt: null,
      says: ['Expect an answer by Sun 12:00 (Europe/Berlin).'],
    },
  },
  {
    name: 'DST in Berlin (2026-03-29): after hours the day before, back at 09:00 local',
    people: [person({ workDays: everyDay })],
    level: 'level-today',
    at: local('2026-03-28T20:00'),
    want: {
      status: 'later',
      person: 'member-ana',
      channel: 'text',
      fallback: 'phone',
      answerBy: '2026-03-29T13:00',
      nextAt: '2026-03-29T09:00',
      says: ['Ana is next reachable Sun 09:00 (Europe/Berlin).'],
    },
  },
  {
    name: 'DST in New York (2026-03-08): the answer is due at 12:00 local on the change day',
    people: [person({ timeZone: 'America/New_York', workDays: everyDay })],
    level: 'level-today',
    at: local('2026-03-07T16:00', 'America/New_York'),
    zone: 'America/New_York',
    want: {
      status: 'reachable',
      person: 'member-ana',
      channel: 'text',
      fallback: 'phone',
      answerBy: '2026-03-08T12:00',
      nextAt: null,
      says: ['Expect an answer by Sun 12:00 (America/New_York).'],
    },
  },
  {
    name: 'urgent while off the grid with an urgent channel: reachable through it, with the note',
    people: [
      person({ datedOffGrid: [fair], urgentChannel: 'text', urgentNote: 'Text, I step out.' }),
    ],
    level: 'level-urgent',
    at: local('2026-01-07T10:00'),
    want: {
      status: 'reachable',
      person: 'member-ana',
      channel: 'text',
      fallback: 'phone',
      answerBy: '2026-01-07T10:15',
      nextAt: '2026-01-08T12:00',
      says: [
        'Ana is off the grid (Trade fair) until Thu 12:00 (Europe/Berlin).',
        'It cannot wait: use Ana’s urgent channel, Text message.',
        'Ana’s note: “Text, I step out.”',
        'Expect an answer by Wed 10:15 (Europe/Berlin).',
      ],
    },
  },
  {
    name: 'urgent after hours with an urgent channel: reachable through it on the wall clock',
    people: [person({ urgentChannel: 'phone' })],
    level: 'level-urgent',
    at: local('2026-01-05T22:00'),
    want: {
      status: 'reachable',
      person: 'member-ana',
      channel: 'phone',
      fallback: 'text',
      answerBy: '2026-01-05T22:15',
      nextAt: '2026-01-06T09:00',
      says: [
        'Ana is outside working hours (it is Mon 22:00 (Europe/Berlin)).',
        'It cannot wait: use Ana’s urgent channel, Phone call.',
      ],
    },
  },
  {
    name: 'urgent while off the grid without an urgent channel: later, written fallback first',
    people: [person({ datedOffGrid: [fair] })],
    level: 'level-urgent',
    at: local('2026-01-07T10:00'),
    want: {
      status: 'later',
      person: 'member-ana',
      channel: 'text',
      fallback: 'phone',
      answerBy: '2026-01-08T12:15',
      nextAt: '2026-01-08T12:00',
      says: ['Ana has no urgent channel, so this has to wait.'],
    },
  },
  {
    name: 'urgent while off the grid, urgent channel switched off: later',
    people: [person({ datedOffGrid: [fair], urgentChannel: 'in-person' })],
    channels: switchedOff('in-person'),
    level: 'level-urgent',
    at: local('2026-01-07T10:00'),
    want: {
      status: 'later',
      person: 'member-ana',
      channel: 'text',
      fallback: 'phone',
      answerBy: '2026-01-08T12:15',
      nextAt: '2026-01-08T12:00',
      says: ['Ana has no urgent channel, so this has to wait.'],
    },
  },
  {
    name: 'primary switched off: the person’s preferred channel stands in',
    people: [person({ preferredChannel: 'in-person' })],
    channels: switchedOff('phone'),
    level: 'level-urgent',
    at: local('2026-01-05T10:00'),
    want: {
      status: 'reachable',
      person: 'member-ana',
      channel: 'in-person',
      fallback: 'text',
      answerBy: '2026-01-05T10:15',
      nextAt: null,
      says: ['Use In person; if there is no answer, Text message.'],
    },
  },
  {
    name: 'primary switched off and no preference: the fallback alone',
    people: [person()],
    channels: switchedOff('phone'),
    level: 'level-urgent',
    at: local('2026-01-05T10:00'),
    want: {
      status: 'reachable',
      person: 'member-ana',
      channel: 'text',
      fallback: null,
      answerBy: '2026-01-05T10:15',
      nextAt: null,
      says: ['Use Text message.'],
    },
  },
  {
    name: 'department: a reachable member whose preferred channel is the primary',
    people: [person({ preferredChannel: 'email' }), ben({ preferredChannel: 'phone' })],
    level: 'level-urgent',
    target: sales,
    at: local('2026-01-05T10:00'),
    want: {
      status: 'reachable',
      person: 'member-ben',
      channel: 'phone',
      fallback: 'text',
      answerBy: '2026-01-05T10:15',
      nextAt: null,
      says: [
        '2 of 2 in Sales can be reached now; contact Ben.',
        'Ben is reachable now (Mon 10:00 (Europe/Berlin)).',
      ],
    },
  },
  {
    name: 'department: passes over a member who is off the grid',
    people: [person({ datedOffGrid: [fair], urgentChannel: 'phone' }), ben()],
    level: 'level-urgent',
    target: sales,
    at: local('2026-01-07T10:00'),
    want: {
      status: 'reachable',
      person: 'member-ben',
      channel: 'phone',
      fallback: 'text',
      answerBy: '2026-01-07T10:15',
      nextAt: null,
      says: ['1 of 2 in Sales can be reached now; contact Ben.'],
    },
  },
  {
    name: 'department, urgent, nobody reachable: the member with an urgent channel',
    people: [
      person({ datedOffGrid: [fair] }),
      ben({ datedOffGrid: [fair], urgentChannel: 'phone' }),
    ],
    level: 'level-urgent',
    target: sales,
    at: local('2026-01-07T10:00'),
    want: {
      status: 'reachable',
      person: 'member-ben',
      channel: 'phone',
      fallback: 'text',
      answerBy: '2026-01-07T10:15',
      nextAt: '2026-01-08T12:00',
      says: ['Nobody in Sales is reachable now; Ben has an urgent channel.'],
    },
  },
  {
    name: 'department, not urgent, nobody reachable: the first one back',
    people: [person({ urgentChannel: 'phone' }), ben({ workStart: '07:00' })],
    level: 'level-today',
    target: sales,
    at: local('2026-01-05T18:00'),
    want: {
      status: 'later',
      person: 'member-ben',
      channel: 'text',
      fallback: 'phone',
      answerBy: '2026-01-06T11:00',
      nextAt: '2026-01-06T07:00',
      says: ['Nobody in Sales is reachable now; Ben is the first back.'],
    },
  },
  {
    name: 'department, urgent, nobody reachable and no urgent channel: the first one back',
    people: [person({ workStart: '08:00' }), ben()],
    level: 'level-urgent',
    target: sales,
    at: local('2026-01-05T18:00'),
    want: {
      status: 'later',
      person: 'member-ana',
      channel: 'text',
      fallback: 'phone',
      answerBy: '2026-01-06T08:15',
      nextAt: '2026-01-06T08:00',
      says: [
        'Nobody in Sales is reachable now; Ana is the first back.',
        'Ana has no urgent channel, so this has to wait.',
      ],
    },
  },
  {
    name: 'department: nobody back within 14 days',
    people: [person({ datedOffGrid: [leave] }), ben({ workDays: [] })],
    level: 'level-week',
    target: sales,
    at: local('2026-01-05T10:00'),
    want: {
      status: 'nobody',
      person: null,
      channel: null,
      fallback: null,
      answerBy: null,
      nextAt: null,
      says: [
        'Nobody in Sales is reachable in the next 14 days, and nobody there has an urgent channel.',
      ],
    },
  },
  {
    name: 'department without members',
    people: [person()],
    level: 'level-week',
    target: { kind: 'department', department: 'management' },
    at: local('2026-01-05T10:00'),
    want: {
      status: 'nobody',
      person: null,
      channel: null,
      fallback: null,
      answerBy: null,
      nextAt: null,
      says: ['Nobody from Management is part of this agreement.'],
    },
  },
  {
    name: 'person away for the whole horizon',
    people: [person({ datedOffGrid: [leave] })],
    level: 'level-week',
    at: local('2026-01-05T10:00'),
    want: {
      status: 'nobody',
      person: 'member-ana',
      channel: null,
      fallback: null,
      answerBy: null,
      nextAt: null,
      says: ['Ana is not reachable in the next 14 days.'],
    },
  },
  {
    name: 'person without availability',
    people: [ben()],
    level: 'level-week',
    at: local('2026-01-05T10:00'),
    want: {
      status: 'nobody',
      person: 'member-ana',
      channel: null,
      fallback: null,
      answerBy: null,
      nextAt: null,
      says: ['Ana has no availability recorded.'],
    },
  },
  {
    name: 'a removed person',
    people: [person({ memberId: 'member-gone' })],
    level: 'level-week',
    target: { kind: 'person', memberId: 'member-gone' },
    at: local('2026-01-05T10:00'),
    want: {
      status: 'nobody',
      person: null,
      channel: null,
      fallback: null,
      answerBy: null,
      nextAt: null,
      says: ['That person is no longer part of this agreement.'],
    },
  },
  {
    name: 'an unknown level',
    people: [person()],
    level: 'level-gone',
    at: local('2026-01-05T10:00'),
    want: {
      status: 'nobody',
      person: null,
      channel: null,
      fallback: null,
      answerBy: null,
      nextAt: null,
      says: ['That message level no longer exists.'],
    },
  },
]

describe('resolveContact', () => {
  it.each(cases)('$name', (c) => {
    const terms = { channels: c.channels ?? defaultChannels(), levels, people: c.people }
    const r = resolveContact({ participants, terms }, c.level, c.target ?? ana, c.at)
    const zone = c.zone ?? 'Europe/Berlin'
    expect({
      status: r.status,
      person: r.person?.memberId ?? null,
      channel: r.channel?.id ?? null,
      fallback: r.fallback?.id ?? null,
      answerBy: iso(r.expectAnswerBy, zone),
      nextAt: iso(r.nextReachableAt, zone),
      says: r.explanation.filter((s) => c.want.says.includes(s)),
    }).toEqual(c.want)
  })

  it('keeps the wall clock across the Berlin change: 09:00 local is 07:00 UTC on 2026-03-29', () => {
    const terms = { channels: defaultChannels(), levels, people: [person({ workDays: everyDay })] }
    const r = resolveContact({ participants, terms }, 'level-today', ana, local('2026-03-28T20:00'))
    expect(iso(r.nextReachableAt, 'UTC')).toBe('2026-03-29T07:00')
    expect(iso(r.expectAnswerBy, 'UTC')).toBe('2026-03-29T11:00')
  })
})
