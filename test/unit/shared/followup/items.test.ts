import { describe, expect, it } from 'vitest'
import {
  actionMeeting,
  activity,
  adjustment,
  ana,
  ben,
  cleo,
  goal,
  goalWorkshop,
  MANAGER,
  session,
} from '../../../support/followup-fixtures'
import { trackedItems } from '../../../../shared/followup/items'
import { ItemKey } from '../../../../shared/followup/tracker'
import { WorkshopFile } from '../../../../shared/workshop/workshop'

const workshop = goalWorkshop('ws-goals-1', '2026-02-01', {
  activities: [
    activity('act-001', { text: 'Share qualified leads every Monday', ownerId: ana.memberId }),
    activity('act-002', { text: 'Stop cold-calling old lists' }),
    activity('act-003', { text: 'Brainstormed, never chosen' }),
    activity('act-004', { text: 'Owned but in no goal', ownerId: MANAGER.memberId }),
  ],
  goals: [
    goal('goal-001', ['act-001', 'act-002'], { title: 'Faster follow-up' }),
    goal('goal-002', ['act-001'], { title: 'One lead list' }),
  ],
})

const meeting = actionMeeting('ws-meet-1', '2026-01-15', {
  [ana.memberId]: {
    plan: 'Call every new lead the same day',
    commitment: 'I will',
    dueDate: '2026-02-01',
  },
  [ben.memberId]: { plan: '  ', commitment: 'Send the weekly lead list' },
  [cleo.memberId]: { plan: '', commitment: '' },
})

describe('trackedItems', () => {
  it('uses fixtures that are valid workshop files', () => {
    expect(() => WorkshopFile.parse(workshop)).not.toThrow()
    expect(() => WorkshopFile.parse(meeting)).not.toThrow()
  })

  it('turns each stated plan of an action meeting into one item, in participant order', () => {
    const items = trackedItems([meeting], [])
    expect(items.map((i) => [i.key, i.text, i.detail, i.ownerName, i.dueDate])).toEqual([
      [
        'meeting:ws-meet-1:member-ana',
        'Call every new lead the same day',
        'I will',
        'Ana',
        '2026-02-01',
      ],
      ['meeting:ws-meet-1:member-ben', 'Send the weekly lead list', '', 'Ben', null],
    ])
    expect(items[0]).toMatchObject({
      source: 'meeting',
      workshopId: 'ws-meet-1',
      sessionTitle: 'Session ws-meet-1',
      sessionDate: '2026-01-15T12:00:00.000Z',
      ownerId: 'member-ana',
    })
    for (const item of items) expect(ItemKey.safeParse(item.key).success).toBe(true)
  })

  it('tracks goal activities and owned activities, with their goals as detail', () => {
    const items = trackedItems([workshop], [])
    expect(items.map((i) => [i.key, i.detail, i.ownerName])).toEqual([
      ['activity:ws-goals-1:act-001', 'Faster follow-up; One lead list', 'Ana'],
      ['activity:ws-goals-1:act-002', 'Faster follow-up', null],
      ['activity:ws-goals-1:act-004', '', 'Eva'],
    ])
    expect(items.every((i) => i.source === 'activity')).toBe(true)
  })

  it('orders by session date, not by the order sessions arrive in', () => {
    const keys = trackedItems([workshop, meeting], []).map((i) => i.workshopId)
    expect(keys).toEqual(['ws-meet-1', 'ws-meet-1', 'ws-goals-1', 'ws-goals-1', 'ws-goals-1'])
  })

  it('ignores communication sessions and meetings without a board', () => {
    const comms = session('comms', 'ws-comms-1', '2026-01-01')
    const bare = session('actions', 'ws-meet-0', '2026-01-02', { meeting: null })
    expect(trackedItems([comms, bare], [])).toEqual([])
    expect(trackedItems([], [])).toEqual([])
  })

  it('shows activities as adjusted, using only adjustments of the same workshop', () => {
    const adjustments = [
      adjustment(
        'ws-goals-1',
        'activity-text',
        'act-002',
        'Stop calling lists older than a year',
        '2026-03-01T10:00:00Z',
      ),
      adjustment('ws-goals-1', 'activity-owner', 'act-002', ben.memberId, '2026-03-01T10:01:00Z'),
      adjustment('ws-goals-1', 'activity-due', 'act-002', '2026-04-30', '2026-03-01T10:02:00Z'),
      adjustment(
        'ws-goals-1',
        'goal-title',
        'goal-001',
        'Leads within two days',
        '2026-03-01T10:03:00Z',
      ),
      adjustment(
        'ws-other-9',
        'activity-text',
        'act-001',
        'Not this workshop',
        '2026-03-01T10:04:00Z',
      ),
    ]
    const [first, second] = trackedItems([workshop], adjustments)
    expect(first).toMatchObject({
      text: 'Share qualified leads every Monday',
      detail: 'Leads within two days; One lead list',
    })
    expect(second).toMatchObject({
      key: 'activity:ws-goals-1:act-002',
      text: 'Stop calling lists older than a year',
      ownerId: 'member-ben',
      ownerName: 'Ben',
      dueDate: '2026-04-30',
    })
  })

  it('starts tracking an activity once an adjustment gives it an owner', () => {
    const handedOver = adjustment(
      'ws-goals-1',
      'activity-owner',
      'act-003',
      cleo.memberId,
      '2026-03-01T10:00:00Z',
    )
    const keys = trackedItems([workshop], [handedOver]).map((i) => i.key)
    expect(keys).toContain('activity:ws-goals-1:act-003')
  })

  it('names an owner who is no longer listed in the session as unknown', () => {
    const gone = goalWorkshop('ws-goals-2', '2026-02-01', {
      activities: [activity('act-001', { ownerId: 'member-left' })],
    })
    expect(trackedItems([gone], [])[0]).toMatchObject({ ownerId: 'member-left', ownerName: null })
  })
})
