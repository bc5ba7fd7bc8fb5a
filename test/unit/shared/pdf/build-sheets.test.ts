import { describe, expect, it } from 'vitest'
import { personalSheets, sheetHeader, teamSummary } from '../../../../shared/pdf/build-sheets'
import { createTimer, DEFAULT_GOAL_WORKSHOP_PLAN } from '../../../../shared/workshop/timer'
import type { Activity, WorkshopFile } from '../../../../shared/workshop/workshop'
import { emptyBoard, WORKSHOP_SCHEMA_VERSION } from '../../../../shared/workshop/workshop'

const act = (id: string, patch: Partial<Activity> = {}): Activity => ({
  id,
  text: `Activity ${id}`,
  kind: 'continue',
  tag: 'joint',
  proposedBy: null,
  ownerId: null,
  dueDate: null,
  ...patch,
})

const workshop = (): WorkshopFile => ({
  schemaVersion: WORKSHOP_SCHEMA_VERSION,
  id: 'ws-1',
  clientId: 'client-1',
  kind: 'goals',
  agreementId: null,
  title: 'Q1 goals',
  scope: 'joint',
  participants: [
    { memberId: 'ana', name: 'Ana Souza', department: 'sales' },
    { memberId: 'chloe', name: 'Chloé Martin', department: 'marketing' },
  ],
  manager: { memberId: 'eva', name: 'Eva Lind' },
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:15:00.000Z',
  revision: 3,
  timer: createTimer(DEFAULT_GOAL_WORKSHOP_PLAN),
  audienceBlanked: false,
  board: {
    ...emptyBoard(),
    activities: [
      act('a1', { ownerId: 'ana', dueDate: '2026-12-15', proposedBy: 'chloe' }),
      act('a2', { kind: 'stop', ownerId: 'chloe' }),
      act('a3', { ownerId: 'ana', text: 'Not in any goal yet' }),
    ],
    goals: [
      {
        id: 'g1',
        title: 'Faster follow-up',
        criteria: '90 % in 48 h',
        begins: '2026-12-01',
        ends: '2027-03-31',
        activityIds: ['a2', 'a1', 'gone'],
        confirmed: true,
      },
      {
        id: 'g2',
        title: 'Shared calendar',
        criteria: '',
        begins: '2026-11-25',
        ends: null,
        activityIds: [],
        confirmed: false,
      },
    ],
    reviewDates: ['2027-01-10', null, '2027-03-10', null],
    commitments: { ana: { text: 'I call every lead the same day', committed: true } },
    support: { eva: { supported: true, note: 'Budget for the CRM field' } },
  },
  meeting: null,
})

const header = sheetHeader(workshop(), 'Nordlicht Media', 'Françoise Lefèvre')

describe('personal goal sheets', () => {
  const sheets = personalSheets(workshop(), header, '2026-11-23')

  it('makes one sheet per person in the room, the manager last and in management', () => {
    expect(sheets.map((s) => [s.memberName, s.memberDepartment])).toEqual([
      ['Ana Souza', 'Sales'],
      ['Chloé Martin', 'Marketing'],
      ['Eva Lind', 'Management'],
    ])
    // The members' sheets are signed beside the manager; the manager's own sheet once, by them.
    expect(sheets.map((s) => [s.role, s.managerName])).toEqual([
      ['member', 'Eva Lind'],
      ['member', 'Eva Lind'],
      ['manager', null],
    ])
    expect(sheets[2]).toMatchObject({ supported: true, supportNote: 'Budget for the CRM field' })
  })

  it('lists each person’s own activities, also those not yet part of a goal', () => {
    const ana = sheets[0]!
    expect(ana.myActivities.map((a) => a.id)).toEqual(['a1', 'a3'])
    expect(ana.myActivities[0]).toMatchObject({
      ownerName: 'Ana Souza',
      proposedBy: 'Chloé Martin',
      dueDate: '2026-12-15',
    })
    expect(sheets[2]!.myActivities).toEqual([])
  })

  it('spans the goals from the earliest begin to the latest end and keeps four review slots', () => {
    const ana = sheets[0]!
    expect(ana.goalBegins).toBe('2026-11-25')
    expect(ana.goalEnds).toBe('2027-03-31')
    expect(ana.reviewDates).toEqual(['2027-01-10', null, '2027-03-10', null])
    expect(ana.todayDate).toBe('2026-11-23')
  })

  it('keeps the goal’s activity order and skips activities that were deleted', () => {
    expect(sheets[0]!.goals[0]!.activities.map((a) => a.id)).toEqual(['a2', 'a1'])
  })

  it('carries the person’s commitment, or an empty one', () => {
    expect(sheets[0]).toMatchObject({
      commitment: 'I call every lead the same day',
      committed: true,
    })
    expect(sheets[1]).toMatchObject({ commitment: '', committed: false })
  })
})

describe('team summary', () => {
  const s = teamSummary(workshop(), header)

  it('puts activities that belong to no goal apart', () => {
    expect(s.unassigned.map((a) => a.id)).toEqual(['a3'])
  })

  it('records support for every member and the manager', () => {
    expect(s.support).toEqual([
      { name: 'Ana Souza', role: 'member', supported: false, note: '' },
      { name: 'Chloé Martin', role: 'member', supported: false, note: '' },
      { name: 'Eva Lind', role: 'manager', supported: true, note: 'Budget for the CRM field' },
    ])
  })

  it('heads every sheet with the client, the title and the session date', () => {
    expect(s.header).toMatchObject({
      clientName: 'Nordlicht Media',
      workshopTitle: 'Q1 goals',
      sessionDate: '2026-11-20',
      facilitatorName: 'Françoise Lefèvre',
    })
  })
})
