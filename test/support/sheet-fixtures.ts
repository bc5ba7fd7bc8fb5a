import type {
  GoalSheetModel,
  SheetActivity,
  SheetHeader,
  TeamSummaryModel,
} from '../../shared/pdf/sheet-models'

export const header: SheetHeader = {
  clientName: 'Müller & Søn Logistik',
  workshopTitle: 'Q1 team goals',
  sessionDate: '2026-11-23',
  facilitatorName: 'Françoise Lefèvre',
}

export const NAMES = {
  french: 'Françoise Lefèvre',
  polish: 'Łukasz Wójcik',
  german: 'Jürgen Größ',
  greek: 'Αλέξανδρος Παπαδόπουλος',
  russian: 'Анна Кузнецова',
  hebrew: 'דוד כהן',
  japanese: '佐藤 花子',
}

export const activity = (n: number, patch: Partial<SheetActivity> = {}): SheetActivity => ({
  id: `act-${String(n).padStart(4, '0')}`,
  text: `Share the list of qualified leads every Monday morning (${n})`,
  kind: (['continue', 'stop', 'improve'] as const)[n % 3]!,
  tag: (['sales', 'marketing', 'joint'] as const)[n % 3]!,
  ownerName: NAMES.polish,
  ownerId: 'member-pl',
  dueDate: '2026-12-15',
  proposedBy: NAMES.french,
  ...patch,
})

export const goals = [
  {
    id: 'goal-1',
    title: 'Every qualified lead followed up within two days',
    criteria:
      'The CRM shows 90 % of marketing-qualified leads contacted within 48 hours, four weeks in a row.',
    begins: '2026-12-01',
    ends: '2027-03-31',
    confirmed: true,
    activities: [
      activity(0),
      activity(1, { ownerName: NAMES.greek, ownerId: 'member-gr' }),
      activity(2),
    ],
  },
]

export const personal = (name = NAMES.polish, id = 'member-pl'): GoalSheetModel => ({
  kind: 'personal',
  header,
  memberId: id,
  memberName: name,
  memberDepartment: 'Sales',
  todayDate: '2026-11-23',
  goalBegins: '2026-12-01',
  reviewDates: ['2027-01-10', '2027-02-10', null, null],
  goalEnds: '2027-03-31',
  goals,
  myActivities: goals.flatMap((g) => g.activities).filter((a) => a.ownerId === id),
  commitment: 'I call every new lead the day it arrives and note the outcome for marketing.',
  committed: true,
  managerName: 'Eva Lind',
  role: 'member',
  supported: true,
  supportNote: '',
})

export const summary = (): TeamSummaryModel => ({
  kind: 'summary',
  header,
  goals,
  unassigned: [],
  reviewDates: ['2027-01-10', '2027-02-10', null, null],
  members: Object.values(NAMES).map((name) => ({
    name,
    department: 'Sales',
    commitment: `${name} will do their part`,
    committed: true,
  })),
  support: [
    { name: NAMES.russian, role: 'member', supported: true, note: '' },
    {
      name: NAMES.german,
      role: 'manager',
      supported: true,
      note: 'Budget for the CRM report approved',
    },
  ],
})
