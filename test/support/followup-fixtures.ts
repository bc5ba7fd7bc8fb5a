import type {
  Adjustment,
  ItemStatus,
  StatusUpdate,
  TrackerFile,
} from '../../shared/followup/tracker'
import { emptyTracker } from '../../shared/followup/tracker'
import type { PersonalPlan } from '../../shared/meeting/meeting'
import { emptyMeetingBoard, emptyPersonalPlan } from '../../shared/meeting/meeting'
import { createTimer, DEFAULT_GOAL_WORKSHOP_PLAN } from '../../shared/workshop/timer'
import type { Activity, Goal, Participant, WorkshopFile } from '../../shared/workshop/workshop'
import { emptyBoard, WORKSHOP_SCHEMA_VERSION } from '../../shared/workshop/workshop'

export const CLIENT = 'client-acme'

/** A team member whose id derives from the name, so expectations stay readable. */
export const member = (name: string, department: Participant['department']): Participant => ({
  memberId: `member-${name.toLowerCase()}`,
  name,
  department,
})

export const ana = member('Ana', 'sales')
export const ben = member('Ben', 'marketing')
export const cleo = member('Cleo', 'sales')
export const MANAGER = { memberId: 'member-eva', name: 'Eva' }

/** A session of any kind on an empty board, created at noon UTC of the given day. */
export const session = (
  kind: WorkshopFile['kind'],
  id: string,
  day: string,
  patch: Partial<WorkshopFile> = {},
): WorkshopFile => ({
  schemaVersion: WORKSHOP_SCHEMA_VERSION,
  id,
  clientId: CLIENT,
  kind,
  agreementId: null,
  title: `Session ${id}`,
  scope: 'joint',
  participants: [ana, ben, cleo],
  manager: MANAGER,
  createdAt: `${day}T12:00:00.000Z`,
  updatedAt: `${day}T12:30:00.000Z`,
  revision: 1,
  timer: createTimer(DEFAULT_GOAL_WORKSHOP_PLAN),
  audienceBlanked: false,
  board: emptyBoard(),
  meeting: kind === 'actions' ? emptyMeetingBoard() : null,
  ...patch,
})

export const activity = (id: string, patch: Partial<Activity> = {}): Activity => ({
  id,
  text: `Activity ${id}`,
  kind: 'continue',
  tag: 'joint',
  proposedBy: null,
  ownerId: null,
  dueDate: null,
  ...patch,
})

export const goal = (id: string, activityIds: string[], patch: Partial<Goal> = {}): Goal => ({
  id,
  title: `Goal ${id}`,
  criteria: '',
  begins: null,
  ends: null,
  activityIds,
  confirmed: true,
  ...patch,
})

/** A goal workshop with these goals and activities, review dates optional. */
export const goalWorkshop = (
  id: string,
  day: string,
  board: { activities?: Activity[]; goals?: Goal[]; reviewDates?: (string | null)[] } = {},
  patch: Partial<WorkshopFile> = {},
): WorkshopFile =>
  session('goals', id, day, {
    board: {
      ...emptyBoard(),
      activities: board.activities ?? [],
      goals: board.goals ?? [],
      reviewDates: board.reviewDates ?? [null, null, null, null],
    },
    ...patch,
  })

/** An action-plan meeting with each member's stated plan and, optionally, the next meeting. */
export const actionMeeting = (
  id: string,
  day: string,
  plans: Record<string, Partial<PersonalPlan>>,
  nextMeeting: string | null = null,
  patch: Partial<WorkshopFile> = {},
): WorkshopFile =>
  session('actions', id, day, {
    meeting: {
      ...emptyMeetingBoard(),
      nextMeeting,
      plans: Object.fromEntries(
        Object.entries(plans).map(([memberId, p]) => [memberId, { ...emptyPersonalPlan(), ...p }]),
      ),
    },
    ...patch,
  })

let counter = 0
const nextId = (prefix: string) => `${prefix}-${String(++counter).padStart(6, '0')}`

export const update = (
  itemKey: string,
  status: ItemStatus,
  at: string,
  patch: Partial<StatusUpdate> = {},
): StatusUpdate => ({
  id: nextId('update'),
  itemKey,
  status,
  note: '',
  at,
  recordedAt: { kind: 'between', id: CLIENT },
  ...patch,
})

export const adjustment = (
  workshopId: string,
  field: Adjustment['field'],
  targetId: string,
  after: string | null,
  at: string,
  patch: Partial<Adjustment> = {},
): Adjustment => ({
  id: nextId('adjust'),
  workshopId,
  reviewId: null,
  field,
  targetId,
  before: null,
  after,
  reason: 'Agreed at the review',
  agreedBy: [ana.memberId],
  at,
  ...patch,
})

export const tracker = (patch: Partial<TrackerFile> = {}): TrackerFile => ({
  ...emptyTracker(CLIENT, '2026-01-01T00:00:00.000Z'),
  ...patch,
})
