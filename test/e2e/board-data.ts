import type { Board, Participant } from '../../shared/workshop/workshop'

const TEXTS = [
  'Share the weekly lead list every Monday morning',
  'Send cold leads to sales without any context',
  'A shared campaign calendar both teams can edit',
  'Win-loss notes written within two days of a decision',
  'Re-qualify leads marketing has already scored',
  'One definition of a sales-ready lead',
  'Joint pipeline review on Friday afternoons',
  'Trade-fair contacts typed into the CRM the same week',
  'Campaign brief for sales a week before launch',
  'Call every webinar attendee within two working days',
]

/** Thirty activities across the three columns and three goals, from the people in the room. */
export const bigBoard = (participants: Participant[]): Board => {
  const activities = Array.from({ length: 30 }, (_, i) => ({
    id: `activity-${String(i).padStart(4, '0')}`,
    text: `${TEXTS[i % TEXTS.length]} (${i + 1})`,
    kind: (['continue', 'stop', 'improve'] as const)[i % 3]!,
    tag: (['sales', 'marketing', 'joint'] as const)[(i >> 1) % 3]!,
    proposedBy: participants[i % participants.length]!.memberId,
    ownerId: participants[(i + 1) % participants.length]!.memberId,
    dueDate: '2027-03-15',
  }))
  const goal = (n: number, ids: number[]) => ({
    id: `goal-${String(n).padStart(4, '0')}`,
    title: [
      'Every sales-ready lead gets a call within two days',
      'Campaigns sales can sell from the first day',
      'One shared view of the pipeline',
    ][n - 1]!,
    criteria: 'The monthly CRM report shows it for nine leads in ten, three months running.',
    begins: '2027-01-04',
    ends: '2027-06-30',
    activityIds: ids.map((i) => activities[i]!.id),
    confirmed: true,
  })
  return {
    activities,
    goals: [goal(1, [0, 3, 6, 9]), goal(2, [1, 4, 7]), goal(3, [2, 5, 8, 11])],
    reviewDates: ['2027-02-01', '2027-03-01', '2027-04-12', '2027-06-01'],
    calledMemberId: participants[2]!.memberId,
    commitments: {},
    support: {},
  }
}
