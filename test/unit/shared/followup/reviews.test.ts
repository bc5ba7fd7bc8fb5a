import { describe, expect, it } from 'vitest'
import { actionMeeting, goalWorkshop, session, tracker } from '../../../support/followup-fixtures'
import type { UpcomingDate } from '../../../../shared/followup/reviews'
import { dueReviews, reviewCalendar, upcoming } from '../../../../shared/followup/reviews'
import type { GoalReview } from '../../../../shared/followup/tracker'

const goals = goalWorkshop(
  'ws-goals-1',
  '2026-02-01',
  { reviewDates: ['2026-03-01', null, '2026-05-01', '2026-04-01'] },
  { title: 'Q1 team goals' },
)
const review = (workshopId: string, date: string): GoalReview => ({
  id: `review-${date}`,
  workshopId,
  date,
  heldAt: `${date}T10:00:00Z`,
  support: {},
  note: '',
})
const meeting = (id: string, day: string, next: string | null) =>
  actionMeeting(id, day, {}, next, { title: `Meeting ${day}` })

describe('reviewCalendar', () => {
  it('is empty without sessions or dates', () => {
    expect(reviewCalendar([], tracker())).toEqual([])
    expect(
      reviewCalendar(
        [goalWorkshop('ws-goals-2', '2026-01-01'), meeting('ws-meet-1', '2026-01-01', null)],
        tracker(),
      ),
    ).toEqual([])
  })

  it('lists review dates and next meetings by date, marking what was held', () => {
    const first = meeting('ws-meet-1', '2026-01-10', '2026-02-10')
    const second = meeting('ws-meet-2', '2026-02-11', '2026-03-15')
    const comms = session('comms', 'ws-comms-1', '2026-01-05')
    const calendar = reviewCalendar(
      [goals, first, second, comms],
      tracker({
        reviews: [review('ws-goals-1', '2026-03-01'), review('ws-goals-9', '2026-04-01')],
      }),
    )
    expect(calendar).toMatchObject<Partial<UpcomingDate>[]>([
      {
        workshopId: 'ws-meet-1',
        title: 'Meeting 2026-01-10',
        date: '2026-02-10',
        kind: 'meeting',
        held: true,
      },
      {
        workshopId: 'ws-goals-1',
        title: 'Q1 team goals',
        date: '2026-03-01',
        kind: 'review',
        held: true,
      },
      {
        workshopId: 'ws-meet-2',
        title: 'Meeting 2026-02-11',
        date: '2026-03-15',
        kind: 'meeting',
        held: false,
      },
      {
        workshopId: 'ws-goals-1',
        title: 'Q1 team goals',
        date: '2026-04-01',
        kind: 'review',
        held: false,
      },
      {
        workshopId: 'ws-goals-1',
        title: 'Q1 team goals',
        date: '2026-05-01',
        kind: 'review',
        held: false,
      },
    ])
  })

  it('counts a next meeting as held only when a later meeting came on or after its date', () => {
    const first = meeting('ws-meet-1', '2026-01-10', '2026-02-10')
    const tooEarly = meeting('ws-meet-2', '2026-02-09', null)
    const held = (sessions: ReturnType<typeof meeting>[]) =>
      reviewCalendar(sessions, tracker()).find((d) => d.workshopId === 'ws-meet-1')?.held
    expect(held([first])).toBe(false)
    expect(held([first, tooEarly])).toBe(false)
    expect(held([first, meeting('ws-meet-3', '2026-02-10', null)])).toBe(true)
    expect(held([first, goalWorkshop('ws-goals-3', '2026-02-12')])).toBe(false)
  })

  it('lists a review date set twice once', () => {
    const twice = goalWorkshop('ws-goals-2', '2026-02-01', {
      reviewDates: ['2026-03-01', '2026-03-01', null, null],
    })
    expect(reviewCalendar([twice], tracker())).toHaveLength(1)
  })
})

const date = (d: string, held = false, kind: UpcomingDate['kind'] = 'review'): UpcomingDate => ({
  workshopId: 'ws-goals-1',
  title: 'Q1 team goals',
  date: d,
  kind,
  held,
  slot: 0,
  changedAt: '2026-01-01T00:00:00Z',
})

describe('upcoming', () => {
  const dates = [
    date('2026-02-28'),
    date('2026-03-01'),
    date('2026-03-02', true),
    date('2026-04-30', false, 'meeting'),
    date('2026-05-01'),
  ]

  it('keeps dates not yet held from today up to sixty days ahead', () => {
    expect(upcoming(dates, '2026-03-01').map((d) => d.date)).toEqual(['2026-03-01', '2026-04-30'])
  })

  it('takes another window', () => {
    expect(upcoming(dates, '2026-03-01', 7).map((d) => d.date)).toEqual(['2026-03-01'])
    expect(upcoming(dates, '2026-03-01', 61).map((d) => d.date)).toEqual([
      '2026-03-01',
      '2026-04-30',
      '2026-05-01',
    ])
  })

  it('crosses a year end', () => {
    expect(upcoming([date('2027-01-15')], '2026-12-20').map((d) => d.date)).toEqual(['2027-01-15'])
  })
})

describe('dueReviews', () => {
  it('keeps dates not held whose day has come or passed', () => {
    const dates = [
      date('2026-02-01'),
      date('2026-02-15', true),
      date('2026-03-01', false, 'meeting'),
      date('2026-03-02'),
    ]
    expect(dueReviews(dates, '2026-03-01').map((d) => d.date)).toEqual(['2026-02-01', '2026-03-01'])
    expect(dueReviews([], '2026-03-01')).toEqual([])
  })
})
