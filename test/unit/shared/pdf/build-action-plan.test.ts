import { describe, expect, it } from 'vitest'
import { AppFailure } from '../../../../shared/api/result'
import type { MeetingBoard } from '../../../../shared/meeting/meeting'
import { emptyMeetingBoard, emptyPersonalPlan } from '../../../../shared/meeting/meeting'
import {
  actionPlanSheet,
  formatDuration,
  formatSpoken,
  meetingOutcome,
} from '../../../../shared/pdf/build-action-plan'
import type { TimerState } from '../../../../shared/workshop/timer'
import {
  addMinute,
  createTimer,
  finish,
  next,
  pause,
  start,
} from '../../../../shared/workshop/timer'
import type { WorkshopFile } from '../../../../shared/workshop/workshop'
import { emptyBoard, WORKSHOP_SCHEMA_VERSION } from '../../../../shared/workshop/workshop'

const MIN = 60_000
const T0 = Date.parse('2026-11-20T09:02:00.000Z')

/** Five phases, 28 minutes in all, like the default action-plan meeting. */
const plan = () =>
  createTimer(
    [3, 7, 5, 10, 3].map((minutes, i) => ({
      id: `phase-${i + 1}`,
      name: `Step ${i + 1}`,
      prompt: '',
      plannedMs: minutes * MIN,
    })),
  )

/** Started at T0, moved through every phase, finished after `minutes` of running time. */
const finishedAfter = (minutes: number): TimerState => {
  let t = start(plan(), T0)
  for (let i = 1; i < 5; i++) t = next(t, T0 + (i * minutes * MIN) / 5)
  return finish(t, T0 + minutes * MIN)
}

const meeting = (): MeetingBoard => ({
  ...emptyMeetingBoard(),
  plan: { what: 'Agree next quarter’s joint leads plan', who: 'Sales and marketing', how: 'Round' },
  topic: 'Leads that go cold',
  endGoal: 'Everyone leaves with one thing they will change',
  ideas: [
    { id: 'idea-01', text: 'Call within a day', by: 'member-ana' },
    { id: 'idea-02', text: 'Shared lead board', by: null },
    { id: 'idea-03', text: 'Weekly huddle', by: 'member-gone' },
  ],
  plans: {
    'member-ana': {
      plan: 'Call every new lead the same day',
      commitment: 'Every lead, every day, starting Monday',
      dueDate: '2026-12-15',
      statedAt: '2026-11-20T09:25:10.000+01:00',
      spokenMs: 125_400,
    },
    'member-chloe': { ...emptyPersonalPlan(), plan: 'Draft only' },
  },
  nextMeeting: '2027-01-12',
  notes: 'Bring the CRM numbers',
})

const workshop = (patch: Partial<WorkshopFile> = {}): WorkshopFile => ({
  schemaVersion: WORKSHOP_SCHEMA_VERSION,
  id: 'ws-meeting-1',
  clientId: 'client-1',
  kind: 'actions',
  agreementId: null,
  title: 'Cold leads',
  scope: 'joint',
  participants: [
    { memberId: 'member-ana', name: 'Ana Souza', department: 'sales' },
    { memberId: 'member-chloe', name: 'Chloé Martin', department: 'marketing' },
    { memberId: 'member-olu', name: 'Olu Bello', department: 'other' },
  ],
  manager: null,
  createdAt: '2026-11-18T15:00:00.000Z',
  updatedAt: '2026-11-20T09:30:00.000Z',
  revision: 7,
  timer: finishedAfter(21.5),
  audienceBlanked: false,
  board: emptyBoard(),
  meeting: meeting(),
  ...patch,
})

const thrown = (fn: () => unknown): unknown => {
  try {
    fn()
  } catch (e) {
    return e
  }
  return undefined
}

const sheet = (w = workshop()) => actionPlanSheet(w, 'Nordlicht Media', 'Eva Lind', '2026-11-21')

describe('the action-plan sheet model', () => {
  it('refuses a goal workshop or a communication session with a validation failure', () => {
    for (const kind of ['goals', 'comms'] as const) {
      const refused = thrown(() => sheet(workshop({ kind, meeting: null })))
      expect(refused).toBeInstanceOf(AppFailure)
      expect(refused).toMatchObject({ code: 'VALIDATION' })
    }
  })

  it('dates the sheet by the day the meeting started, and says when it was printed', () => {
    const s = sheet()
    expect(s.kind).toBe('action-plan')
    expect(s.header).toMatchObject({
      clientName: 'Nordlicht Media',
      workshopTitle: 'Cold leads',
      sessionDate: '2026-11-20',
      facilitatorName: 'Eva Lind',
    })
    expect(s.printedDate).toBe('2026-11-21')
    expect(sheet(workshop({ timer: plan() })).header.sessionDate).toBe('2026-11-18')
  })

  it('carries the meeting plan, topic, end goal, next meeting and notes', () => {
    expect(sheet()).toMatchObject({
      meetingPlan: {
        what: 'Agree next quarter’s joint leads plan',
        who: 'Sales and marketing',
        how: 'Round',
      },
      topic: 'Leads that go cold',
      endGoal: 'Everyone leaves with one thing they will change',
      nextMeeting: '2027-01-12',
      notes: 'Bring the CRM numbers',
    })
  })

  it('names who proposed each idea, and nobody when unknown or gone', () => {
    expect(sheet().ideas).toEqual([
      { text: 'Call within a day', by: 'Ana Souza' },
      { text: 'Shared lead board', by: null },
      { text: 'Weekly huddle', by: null },
    ])
  })

  it('has one row per participant, in order, blank for those without a plan', () => {
    expect(sheet().people).toEqual([
      {
        name: 'Ana Souza',
        department: 'Sales',
        plan: 'Call every new lead the same day',
        commitment: 'Every lead, every day, starting Monday',
        dueDate: '2026-12-15',
        statedOn: '2026-11-20',
        spoken: '2:05',
      },
      {
        name: 'Chloé Martin',
        department: 'Marketing',
        plan: 'Draft only',
        commitment: '',
        dueDate: null,
        statedOn: null,
        spoken: '0:00',
      },
      {
        name: 'Olu Bello',
        department: 'Other',
        plan: '',
        commitment: '',
        dueDate: null,
        statedOn: null,
        spoken: '0:00',
      },
    ])
  })

  it('prints an action-plan session saved without a board as an empty record', () => {
    const s = sheet(workshop({ meeting: null }))
    expect(s).toMatchObject({ topic: '', endGoal: '', ideas: [], nextMeeting: null, notes: '' })
    expect(s.people.map((p) => p.plan)).toEqual(['', '', ''])
  })
})

describe('the meeting outcome', () => {
  it('says how many minutes early a meeting ended', () => {
    expect(meetingOutcome(finishedAfter(21.5))).toEqual({
      status: 'finished',
      plannedMs: 28 * MIN,
      actualMs: 21.5 * MIN,
      minutesEarly: 6,
      summary: 'Planned 28 min, took 21 min 30 s: ended 6 min early.',
    })
  })

  it('counts minutes added during the meeting as planned time', () => {
    let t = start(plan(), T0)
    t = addMinute(addMinute(t, T0), T0)
    t = finish(t, T0 + 29 * MIN)
    expect(meetingOutcome(t)).toMatchObject({
      plannedMs: 30 * MIN,
      minutesEarly: 1,
      summary: 'Planned 30 min, took 29 min: ended 1 min early.',
    })
  })

  it('calls under a minute early on time, and says by how much it ran over', () => {
    expect(meetingOutcome(finishedAfter(27.5))).toMatchObject({
      minutesEarly: 0,
      summary: 'Planned 28 min, took 27 min 30 s: ended on time.',
    })
    expect(meetingOutcome(finishedAfter(31.2))).toMatchObject({
      minutesEarly: 0,
      summary: 'Planned 28 min, took 31 min 12 s: ran 3 min over.',
    })
  })

  it('does not invent an actual duration for a meeting not started or still running', () => {
    expect(meetingOutcome(plan())).toMatchObject({
      status: 'ready',
      actualMs: null,
      summary: 'Planned 28 min; the meeting has not started.',
    })
    expect(meetingOutcome(start(plan(), T0))).toMatchObject({ status: 'running', actualMs: null })
    expect(meetingOutcome(pause(start(plan(), T0), T0 + 12 * MIN))).toMatchObject({
      status: 'paused',
      actualMs: 12 * MIN,
      minutesEarly: 0,
      summary: 'Planned 28 min; 12 min used, not finished.',
    })
  })

  it('formats spoken time as m:ss and durations in words', () => {
    expect([0, 5_999, 65_000, 600_000, 3_725_000].map(formatSpoken)).toEqual([
      '0:00',
      '0:05',
      '1:05',
      '10:00',
      '62:05',
    ])
    expect([45_000, 28 * MIN, 21.5 * MIN].map(formatDuration)).toEqual([
      '45 s',
      '28 min',
      '21 min 30 s',
    ])
  })
})
