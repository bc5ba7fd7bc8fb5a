import { describe, expect, it } from 'vitest'
import { member } from '../../../support/comms-fixtures'
import type {
  Availability,
  Channel,
  MessageLevel,
  Rating,
  WeeklyBlock,
} from '../../../../shared/comms/agreement'
import type { CheckInput, CheckKind } from '../../../../shared/comms/checks'
import { checkAgreement } from '../../../../shared/comms/checks'
import {
  defaultAvailability,
  defaultChannels,
  defaultTerms,
} from '../../../../shared/comms/defaults'
import type { Participant } from '../../../../shared/workshop/workshop'

const ana = member('Ana', 'sales')
const ben = member('Ben', 'marketing')
const carl = member('Carl', 'sales')
const cleo = member('Cleo', 'marketing')
const six = [
  ana,
  member('Bea', 'sales'),
  carl,
  ben,
  member('Dan', 'marketing'),
  member('Eva', 'marketing'),
]

const person = (who: Participant, overrides: Partial<Availability> = {}): Availability => ({
  ...defaultAvailability(who.memberId, 'Europe/Berlin'),
  ...overrides,
})
const lunch = (day: number, start: string, end: string): WeeklyBlock => ({
  id: `block-lunch-${day}`,
  day,
  start,
  end,
  label: 'Lunch',
})

const level = (overrides: Partial<MessageLevel> = {}): MessageLevel => ({
  id: 'level-urgent',
  name: 'Urgent',
  urgency: 'urgent',
  primary: 'phone',
  fallback: 'text',
  responseMinutes: 15,
  noAnswer: '',
  ...overrides,
})
const weekLevel = level({
  id: 'level-week',
  name: 'This week',
  urgency: 'week',
  primary: 'email',
  fallback: 'in-person',
  responseMinutes: 960,
})
const todayLevel = (responseMinutes: number | null) =>
  level({ id: 'level-today', name: 'Today', urgency: 'today', primary: 'text', responseMinutes })

const switchedOff = (...ids: string[]): Channel[] =>
  defaultChannels().map((c) => (ids.includes(c.id) ? { ...c, inUse: false } : c))

/** Member → channel → score, one list of scores per channel in the order of `team`. */
const ratings = (team: Participant[], byChannel: Record<string, (number | null)[]>) =>
  Object.fromEntries(
    team.map((m, i) => [
      m.memberId,
      Object.fromEntries(
        Object.entries(byChannel).map(([id, s]): [string, Rating] => [
          id,
          { score: s[i] ?? null, note: '' },
        ]),
      ),
    ]),
  )

interface Setup {
  participants?: Participant[]
  channels?: Channel[]
  levels?: MessageLevel[]
  people?: Availability[]
  ratings?: CheckInput['ratings']
}

const agreement = (s: Setup = {}): CheckInput => {
  const participants = s.participants ?? [ana, ben]
  return {
    participants,
    ratings: s.ratings ?? {},
    terms: {
      channels: s.channels ?? defaultChannels(),
      levels: s.levels ?? [level()],
      people: s.people ?? participants.map((m) => person(m)),
    },
  }
}

const findings = (input: CheckInput, kind: CheckKind) =>
  checkAgreement(input).filter((f) => f.kind === kind)

it('finds nothing in the small agreement the other cases start from', () => {
  expect(checkAgreement(agreement())).toEqual([])
})

describe('urgent-slow-channels', () => {
  it('flags an urgent level on slow channels only and names the fast ones to use', () => {
    const input = agreement({ levels: [level({ primary: 'email', fallback: 'note' })] })
    expect(findings(input, 'urgent-slow-channels')).toEqual([
      {
        key: 'urgent-slow-channels:level-urgent',
        kind: 'urgent-slow-channels',
        subject: 'Urgent',
        message:
          '“Urgent” relies on email and written note only, which are read hours later. Make phone call or in person its primary or fallback channel.',
      },
    ])
  })

  it('accepts an urgent level with one fast channel, as primary or as fallback', () => {
    for (const [primary, fallback] of [
      ['email', 'phone'],
      ['phone', 'email'],
    ] as const)
      expect(
        findings(agreement({ levels: [level({ primary, fallback })] }), 'urgent-slow-channels'),
      ).toEqual([])
  })

  it('counts a switched-off fast channel as absent', () => {
    const input = agreement({
      channels: switchedOff('phone'),
      levels: [level({ primary: 'email', fallback: 'phone' })],
    })
    expect(findings(input, 'urgent-slow-channels')).toMatchObject([
      {
        subject: 'Urgent',
        message:
          '“Urgent” relies on email only, which is read hours later. Make in person or text message its primary or fallback channel.',
      },
    ])
  })

  it('asks to switch a fast channel on when the level and the team have none', () => {
    const input = agreement({
      channels: switchedOff('phone', 'in-person', 'text'),
      levels: [level({ primary: null, fallback: null })],
    })
    expect(findings(input, 'urgent-slow-channels').map((f) => f.message)).toEqual([
      '“Urgent” has no channel in use. Switch on a fast channel, such as a phone call, and make it the primary or fallback.',
    ])
  })

  it('leaves slow channels alone on levels that are not urgent', () => {
    expect(findings(agreement({ levels: [weekLevel] }), 'urgent-slow-channels')).toEqual([])
  })
})

describe('no-response-time', () => {
  it('flags a level without a response time and asks the team to agree one', () => {
    const input = agreement({ levels: [level({ responseMinutes: null })] })
    expect(findings(input, 'no-response-time')).toEqual([
      {
        key: 'no-response-time:level-urgent',
        kind: 'no-response-time',
        subject: 'Urgent',
        message:
          '“Urgent” has no response time. Agree how quickly people answer, so nobody has to guess.',
      },
    ])
  })

  it('accepts any agreed response time, however short', () => {
    expect(
      findings(agreement({ levels: [level({ responseMinutes: 1 })] }), 'no-response-time'),
    ).toEqual([])
  })
})

describe('today-too-slow', () => {
  const people = [person(ana), person(ben, { workStart: '08:00', workEnd: '12:30' })]

  it('accepts a same-day level at exactly the shortest working day', () => {
    expect(findings(agreement({ people, levels: [todayLevel(270)] }), 'today-too-slow')).toEqual([])
  })

  it('flags one minute over the shortest working day and says how short it must be', () => {
    expect(findings(agreement({ people, levels: [todayLevel(271)] }), 'today-too-slow')).toEqual([
      {
        key: 'today-too-slow:level-today',
        kind: 'today-too-slow',
        subject: 'Today',
        message:
          '“Today” allows 4 h 31 min, longer than a working day (4 h 30 min), so an answer can slip to tomorrow. Shorten it to 4 h 30 min or less.',
      },
    ])
  })

  it('measures a night shift across midnight as one working day', () => {
    const night = [person(ana, { workStart: '22:00', workEnd: '06:00' }), person(ben)]
    expect(
      findings(agreement({ people: night, levels: [todayLevel(480)] }), 'today-too-slow'),
    ).toEqual([])
  })

  it('assumes an eight-hour day before anyone has hours', () => {
    const at = (minutes: number) =>
      findings(agreement({ people: [], levels: [todayLevel(minutes)] }), 'today-too-slow').length
    expect([at(480), at(481)]).toEqual([0, 1])
  })

  it('ignores levels of other urgencies and levels without a time', () => {
    const levels = [
      level({ id: 'level-week', urgency: 'week', responseMinutes: 5000 }),
      todayLevel(null),
    ]
    expect(findings(agreement({ levels }), 'today-too-slow')).toEqual([])
  })
})

describe('off-grid-no-fallback', () => {
  const offGrid = (overrides: Partial<Availability>) =>
    agreement({
      people: [
        person(ana, { weeklyOffGrid: [lunch(3, '12:00', '13:00')], ...overrides }),
        person(ben),
      ],
    })

  it('flags someone off the grid without an urgent channel and says what to add', () => {
    expect(findings(offGrid({}), 'off-grid-no-fallback')).toEqual([
      {
        key: 'off-grid-no-fallback:member-ana',
        kind: 'off-grid-no-fallback',
        subject: 'Ana',
        message:
          'Ana is off the grid at times (Lunch) but has no urgent channel in use. Add one, such as a phone number for emergencies, or agree that urgent messages wait.',
      },
    ])
  })

  it('accepts an urgent channel that is in use', () => {
    expect(findings(offGrid({ urgentChannel: 'phone' }), 'off-grid-no-fallback')).toEqual([])
  })

  it('flags an urgent channel that is switched off', () => {
    const input = { ...offGrid({ urgentChannel: 'phone' }) }
    input.terms = { ...input.terms, channels: switchedOff('phone') }
    expect(findings(input, 'off-grid-no-fallback').map((f) => f.subject)).toEqual(['Ana'])
  })

  it('counts a dated block, and leaves out the parentheses when blocks have no label', () => {
    const fair = { id: 'block-fair', from: '2026-01-14T08:00', to: '2026-01-15T12:00', label: '' }
    const [finding] = findings(
      offGrid({ weeklyOffGrid: [], datedOffGrid: [fair] }),
      'off-grid-no-fallback',
    )
    expect(finding?.message).toMatch(/^Ana is off the grid at times but has no urgent channel/)
  })

  it('ignores people who are never off the grid and people no longer in the team', () => {
    const gone = person(member('Gil', 'sales'), { weeklyOffGrid: [lunch(3, '12:00', '13:00')] })
    expect(
      findings(agreement({ people: [person(ana), person(ben), gone] }), 'off-grid-no-fallback'),
    ).toEqual([])
  })
})

describe('department-gap', () => {
  it('finds each department’s uncovered hours when sales is in Berlin and marketing in New York', () => {
    const people = [person(ana), person(carl), person(ben, { timeZone: 'America/New_York' })]
    const gaps = findings(agreement({ participants: [ana, carl, ben], people }), 'department-gap')
    expect(gaps).toEqual([
      {
        key: 'department-gap:sales',
        kind: 'department-gap',
        subject: 'Sales',
        message:
          'Nobody in Sales can be reached during Mon 17:00–23:00, Tue 17:00–23:00, Wed 17:00–23:00 and 2 more (Europe/Berlin) while others are working. Stagger working hours or add a colleague as cover.',
      },
      {
        key: 'department-gap:marketing',
        kind: 'department-gap',
        subject: 'Marketing',
        message:
          'Nobody in Marketing can be reached during Mon 09:00–15:00, Tue 09:00–15:00, Wed 09:00–15:00 and 2 more (Europe/Berlin) while others are working. Stagger working hours or add a colleague as cover.',
      },
    ])
  })

  it('finds the lunch break of the only salesperson', () => {
    const people = [person(ana, { weeklyOffGrid: [lunch(3, '12:00', '13:00')] }), person(ben)]
    expect(findings(agreement({ people }), 'department-gap')).toEqual([
      {
        key: 'department-gap:sales',
        kind: 'department-gap',
        subject: 'Sales',
        message:
          'Nobody in Sales can be reached during Wed 12:00–13:00 (Europe/Berlin) while others are working. Stagger working hours or add a colleague as cover.',
      },
    ])
  })

  it('accepts staggered lunch breaks, and finds only the half hour where they overlap', () => {
    const team = (carlStart: string, carlEnd: string) =>
      agreement({
        participants: [ana, carl, ben],
        people: [
          person(ana, { weeklyOffGrid: [lunch(3, '12:00', '13:00')] }),
          person(carl, { weeklyOffGrid: [lunch(3, carlStart, carlEnd)] }),
          person(ben),
        ],
      })
    expect(findings(team('13:00', '14:00'), 'department-gap')).toEqual([])
    expect(findings(team('12:30', '13:30'), 'department-gap').map((f) => f.message)).toEqual([
      expect.stringContaining('during Wed 12:30–13:00 (Europe/Berlin)'),
    ])
  })

  it('finds no gap while the whole team is at lunch together, only where others can be reached', () => {
    const team = (benStart: string) =>
      agreement({
        people: [
          person(ana, { weeklyOffGrid: [lunch(3, '12:00', '13:00')] }),
          person(ben, { weeklyOffGrid: [lunch(3, benStart, '13:00')] }),
        ],
      })
    expect(findings(team('12:00'), 'department-gap')).toEqual([])
    expect(findings(team('12:30'), 'department-gap').map((f) => f.message)).toEqual([
      expect.stringContaining(
        'Nobody in Sales can be reached during Wed 12:00–12:30 (Europe/Berlin)',
      ),
    ])
  })

  it('does not check management or other departments', () => {
    const boss = member('Bo', 'management')
    const people = [
      person(ana),
      person(ben),
      person(boss, { weeklyOffGrid: [lunch(3, '12:00', '13:00')] }),
    ]
    expect(
      findings(agreement({ participants: [ana, ben, boss], people }), 'department-gap'),
    ).toEqual([])
  })
})

describe('rated-never', () => {
  const week = (byChannel: Record<string, (number | null)[]>, team = six) =>
    findings(
      agreement({ participants: six, levels: [weekLevel], ratings: ratings(team, byChannel) }),
      'rated-never',
    )

  it('flags a level channel most people would never use and suggests a better-liked one', () => {
    expect(
      week({ email: [1, 1, 1, 1, 4, 5], note: [4, 4, 4, 4, 4, 4], text: [5, 5, 5, 5, 5, 5] }),
    ).toEqual([
      {
        key: 'rated-never:level-week:email',
        kind: 'rated-never',
        subject: 'This week',
        message:
          '“This week” uses email, but 4 of 6 people would never use it. Consider written note instead.',
      },
    ])
  })

  it('checks the fallback channel too', () => {
    expect(week({ 'in-person': [1, 1, 1, 1, 1, 2] }).map((f) => f.key)).toEqual([
      'rated-never:level-week:in-person',
    ])
  })

  it('accepts a channel exactly half the team would never use', () => {
    expect(week({ email: [1, 1, 1, 4, 5, 5] })).toEqual([])
  })

  it('needs more than one rating', () => {
    expect(week({ email: [1] })).toEqual([])
  })

  it('counts only the ratings people gave, not the blanks', () => {
    expect(week({ email: [1, 1, null, null, null, null] }).map((f) => f.message)).toEqual([
      expect.stringContaining('2 of 2 people would never use it'),
    ])
  })

  it('ignores ratings from people who are not in the agreement', () => {
    const outsiders = ['Xia', 'Yan', 'Zoe'].map((n) => member(n, 'sales'))
    const input = agreement({
      participants: [ana, ben],
      levels: [weekLevel],
      ratings: ratings([ana, ben, ...outsiders], { email: [1, 5, 1, 1, 1] }),
    })
    expect(findings(input, 'rated-never')).toEqual([])
  })

  it('ignores a disliked channel the level names but the team switched off', () => {
    const input = agreement({
      participants: six,
      channels: switchedOff('email'),
      levels: [weekLevel],
      ratings: ratings(six, { email: [1, 1, 1, 1, 1, 1] }),
    })
    expect(findings(input, 'rated-never')).toEqual([])
  })
})

describe('the whole agreement', () => {
  const ids = () => {
    let n = 0
    return () => `level-${++n}`
  }

  it('finds nothing in a default agreement for a team in one zone', () => {
    const input: CheckInput = {
      participants: six,
      ratings: {},
      terms: defaultTerms(six, 'Europe/Berlin', ids()),
    }
    input.terms.people = input.terms.people.map((p, i) =>
      i === 0 ? { ...p, weeklyOffGrid: [lunch(3, '12:00', '13:00')], urgentChannel: 'phone' } : p,
    )
    expect(checkAgreement(input)).toEqual([])
  })

  const messy = (): CheckInput =>
    agreement({
      participants: [ana, ben, cleo],
      people: [
        person(ana, { weeklyOffGrid: [lunch(3, '12:00', '13:00')] }),
        person(ben),
        person(cleo),
      ],
      levels: [
        level({ primary: 'email', fallback: 'note' }),
        level({ id: 'level-asap', name: 'As soon as possible', primary: 'social', fallback: null }),
        todayLevel(600),
        level({
          id: 'level-week',
          name: 'This week',
          urgency: 'week',
          primary: 'social',
          responseMinutes: null,
        }),
      ],
      ratings: ratings([ana, ben, cleo], { social: [1, 1, 2] }),
    })
  const fixes: [CheckKind, (i: CheckInput) => void][] = [
    [
      'urgent-slow-channels',
      (i) => {
        i.terms.levels = i.terms.levels.map((l) =>
          l.urgency === 'urgent' ? { ...l, fallback: 'phone' } : l,
        )
      },
    ],
    [
      'no-response-time',
      (i) => {
        i.terms.levels = i.terms.levels.map((l) => ({
          ...l,
          responseMinutes: l.responseMinutes ?? 960,
        }))
      },
    ],
    [
      'today-too-slow',
      (i) => {
        i.terms.levels = i.terms.levels.map((l) =>
          l.urgency === 'today' ? { ...l, responseMinutes: 240 } : l,
        )
      },
    ],
    [
      'off-grid-no-fallback',
      (i) => {
        i.terms.people = i.terms.people.map((p) => ({ ...p, urgentChannel: 'phone' }))
      },
    ],
    [
      'department-gap',
      (i) => {
        i.participants = [...i.participants, carl]
        i.terms.people = [...i.terms.people, person(carl)]
      },
    ],
    [
      'rated-never',
      (i) => {
        i.terms.levels = i.terms.levels.map((l) =>
          l.primary === 'social' ? { ...l, primary: 'email' } : l,
        )
      },
    ],
  ]

  it('finds every kind once per cause, each under its own key', () => {
    const all = checkAgreement(messy())
    const keys = all.map((f) => f.key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys).toEqual([
      'urgent-slow-channels:level-urgent',
      'urgent-slow-channels:level-asap',
      'no-response-time:level-week',
      'today-too-slow:level-today',
      'off-grid-no-fallback:member-ana',
      'department-gap:sales',
      'rated-never:level-asap:social',
      'rated-never:level-week:social',
    ])
  })

  it.each(fixes)('clears %s when its cause is fixed, and only that', (kind, fix) => {
    const input = messy()
    fix(input)
    const kinds = new Set(checkAgreement(input).map((f) => f.kind))
    expect(kinds.has(kind)).toBe(false)
    expect(kinds.size).toBe(fixes.length - 1)
  })

  it('clears every warning once every cause is fixed', () => {
    const input = messy()
    for (const [, fix] of fixes) fix(input)
    expect(checkAgreement(input)).toEqual([])
  })
})
