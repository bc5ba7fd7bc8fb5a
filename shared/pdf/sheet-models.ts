import type { Formats } from '../format/formats'
import type { ReportModel } from './report-model'

/** What the printed sheets show, computed from a workshop; the PDF layout never reads storage. */
export type PageSize = 'A4' | 'LETTER'
export type ActivityKind = 'continue' | 'stop' | 'improve'
export type ActivityTag = 'sales' | 'marketing' | 'joint'

export interface SheetHeader {
  clientName: string
  workshopTitle: string
  /** YYYY-MM-DD */
  sessionDate: string
  /** When the session was set up, with its time of day; printed where the session is described. */
  sessionAt?: string
  facilitatorName: string
}

export interface SheetActivity {
  id: string
  text: string
  kind: ActivityKind
  tag: ActivityTag
  ownerName: string | null
  ownerId: string | null
  dueDate: string | null
  proposedBy: string | null
}

export interface SheetGoal {
  id: string
  title: string
  criteria: string
  begins: string | null
  ends: string | null
  confirmed: boolean
  activities: SheetActivity[]
}

export interface GoalSheetModel {
  kind: 'personal'
  header: SheetHeader
  memberId: string
  memberName: string
  memberDepartment: string
  todayDate: string
  goalBegins: string | null
  /** Always four slots; an empty one prints as a line to write on. */
  reviewDates: (string | null)[]
  goalEnds: string | null
  goals: SheetGoal[]
  /** Every activity this person owns, in a goal or not: the part of the sheet they act on. */
  myActivities: SheetActivity[]
  commitment: string
  committed: boolean
  /** Who signs beside the member; null when the workshop had no manager. */
  managerName: string | null
  /** The manager's own sheet asks for support, not a commitment, and has one signature. */
  role: 'member' | 'manager'
  supported: boolean
  supportNote: string
}

/** A sheet to fill in by hand at the start of the session: the member's name and the dates set so far. */
export interface BlankSheetModel {
  kind: 'blank'
  header: SheetHeader
  memberName: string
  memberDepartment: string
  goalBegins: string | null
  reviewDates: (string | null)[]
  goalEnds: string | null
}

export interface SupportLine {
  name: string
  role: 'member' | 'manager'
  supported: boolean
  note: string
}

export interface TeamSummaryModel {
  kind: 'summary'
  header: SheetHeader
  goals: SheetGoal[]
  unassigned: SheetActivity[]
  reviewDates: (string | null)[]
  members: { name: string; department: string; commitment: string; committed: boolean }[]
  support: SupportLine[]
}

export interface AgreementLevelRow {
  name: string
  urgency: string
  /** One cell per channel in use, in `channels` order: "1st", "2nd" or "". */
  cells: string[]
  response: string
  noAnswer: string
}

export interface AgreementPerson {
  name: string
  department: string
  timeZone: string
  hours: string
  offGrid: string[]
  preferred: string
  urgent: string
  /** When they acknowledged the printed version; null leaves a line to sign. */
  acknowledgedAt: string | null
}

/** The team's communication agreement: rules, people, acknowledgements, and a card per person. */
export interface AgreementSheetModel {
  kind: 'agreement'
  header: SheetHeader
  versionLabel: string
  channels: string[]
  levels: AgreementLevelRow[]
  people: AgreementPerson[]
}

/** One person's line in the meeting's record: what they will do, and what they said to the room. */
export interface ActionPlanRow {
  name: string
  department: string
  plan: string
  commitment: string
  dueDate: string | null
  /** YYYY-MM-DD they stated it to the room; null when their turn never came. */
  statedOn: string | null
  /** Time they had the floor, "m:ss". */
  spoken: string
}

export interface ActionPlanIdea {
  text: string
  /** Who proposed it, by name; null when nobody was noted or they left the meeting. */
  by: string | null
}

/** How the clock went: planned total (with the room's +/− minutes) against the time actually used. */
export interface MeetingOutcome {
  status: 'ready' | 'running' | 'paused' | 'finished'
  plannedMs: number
  /** Running time used; null until the clock started, and while it is still running. */
  actualMs: number | null
  /** Whole minutes left of the plan when the room finished; 0 unless it ended early. */
  minutesEarly: number
  /** The outcome in one sentence, as printed. */
  summary: string
}

/** The action-plan meeting's record: the plan, the ideas, each person's plan and commitment. */
export interface ActionPlanSheetModel {
  kind: 'action-plan'
  header: SheetHeader
  /** YYYY-MM-DD the sheet was made. */
  printedDate: string
  meetingPlan: { what: string; who: string; how: string }
  topic: string
  endGoal: string
  ideas: ActionPlanIdea[]
  people: ActionPlanRow[]
  nextMeeting: string | null
  notes: string
  outcome: MeetingOutcome
}

export type SheetModel =
  | GoalSheetModel
  | BlankSheetModel
  | TeamSummaryModel
  | AgreementSheetModel
  | ActionPlanSheetModel
  | ReportModel

/** What the PDF says about itself: its title bar, author (the facilitator) and subject. */
export interface DocumentInfo {
  title: string
  author: string
  subject: string
  keywords?: string
}

export interface RenderRequest {
  sheets: SheetModel[]
  pageSize: PageSize
  title: string
  /** Dates and times on paper as on screen; also the document's language. British English if left out. */
  formats?: Formats
  author?: string
  subject?: string
}

export interface RenderWarning {
  kind: 'missing-glyphs' | 'emoji-replaced'
  message: string
  sample: string
}
