import type { AgreementLevelRow, ActivityKind, SheetHeader } from './sheet-models'

/** One row of a goal's activities, with where it stands now. */
export interface ReportActivity {
  text: string
  kind: ActivityKind
  owner: string | null
  due: string | null
  status: string
  note: string
}

export interface ReportGoal {
  session: string
  title: string
  criteria: string
  begins: string | null
  ends: string | null
  confirmed: boolean
  activities: ReportActivity[]
}

export interface ReportAdjustment {
  what: string
  before: string
  after: string
  reason: string
  agreedBy: string
  at: string
}

export interface ReportReview {
  session: string
  /** The planned review date. */
  date: string
  heldAt: string
  supporters: number
  people: number
  note: string
  adjustments: ReportAdjustment[]
}

export interface ReportHeatMap {
  title: string
  channels: string[]
  rows: { name: string; department: string; scores: (number | null)[] }[]
}

/**
 * Everything a consultant sends a client after an engagement, in one document: computed from the
 * sessions, the follow-up file and the agreements, the same data the dashboard draws.
 */
export interface ReportModel {
  kind: 'report'
  header: SheetHeader
  /** YYYY-MM-DD the report was made. */
  preparedOn: string
  period: { from: string | null; to: string | null }
  totals: {
    sessions: number
    goals: number
    activities: number
    done: number
    open: number
    reviews: number
    adjustments: number
    pairings: number
  }
  sessions: { title: string; kind: string; at: string; people: number; status: string }[]
  goals: ReportGoal[]
  reviews: ReportReview[]
  /** Oldest first: the mean answer (1…5) over all questions, and per question. */
  alignment: { at: string; overall: number; respondents: number; perQuestion: (number | null)[] }[]
  alignmentQuestions: string[]
  /** Share of promised items done (0…1) at the end of each day a status was recorded. */
  completion: { date: string; rate: number; done: number; total: number }[]
  statusCounts: { label: string; count: number }[]
  heatMap: ReportHeatMap | null
  agreement: {
    title: string
    versionLabel: string
    channels: string[]
    levels: AgreementLevelRow[]
  } | null
  pairings: {
    sales: string
    marketing: string
    date: string | null
    focus: string
    topic: string
    learned: string
  }[]
  openItems: { text: string; owner: string; due: string | null; status: string; session: string }[]
}
