import type { AgreementFile } from '../comms/agreement'
import { applyAdjustments } from '../followup/adjustments'
import { alignmentTrend } from '../followup/alignment'
import { trackedItems } from '../followup/items'
import type { CurrentStatus, ItemState } from '../followup/rollup'
import { completionOverTime, isOpen, itemStates, statusCounts } from '../followup/rollup'
import type { TrackerFile } from '../followup/tracker'
import { ALIGNMENT_QUESTIONS } from '../followup/tracker'
import type { WorkshopFile } from '../workshop/workshop'
import { adjustmentWords, agreementOf, heatMapOf, nameIn, peopleOf } from './report-parts'
import type { ReportGoal, ReportModel } from './report-model'

export const STATUS_WORDS: Record<CurrentStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  missed: 'Missed',
  dropped: 'Dropped',
}
const KIND_WORDS = {
  goals: 'Goal workshop',
  actions: 'Action-plan meeting',
  comms: 'Communication session',
}
export interface ReportInput {
  clientName: string
  facilitatorName: string
  today: string
  sessions: WorkshopFile[]
  tracker: TrackerFile
  agreements: AgreementFile[]
}

const goalsOf = (s: WorkshopFile, input: ReportInput, states: Map<string, ItemState>) => {
  const board = applyAdjustments(
    s.board,
    input.tracker.adjustments.filter((a) => a.workshopId === s.id),
  )
  return board.goals.map((g): ReportGoal => ({
    session: s.title,
    title: g.title,
    criteria: g.criteria,
    begins: g.begins,
    ends: g.ends,
    confirmed: g.confirmed,
    activities: g.activityIds.flatMap((id) => {
      const a = board.activities.find((x) => x.id === id)
      if (!a) return []
      const state = states.get(`activity:${s.id}:${a.id}`)
      return [
        {
          text: a.text,
          kind: a.kind,
          owner: nameIn([s], a.ownerId),
          due: a.dueDate,
          status: STATUS_WORDS[state?.status ?? 'open'],
          note: state?.note ?? '',
        },
      ]
    }),
  }))
}

/** The engagement report's content, from the same data and roll-ups the follow-up dashboard uses. */
export const engagementReport = (input: ReportInput): ReportModel => {
  const sessions = [...input.sessions].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  const items = trackedItems(sessions, input.tracker.adjustments)
  const states = itemStates(items, input.tracker.updates)
  const byKey = new Map(states.map((s) => [s.key, s]))
  const goalSessions = sessions.filter((s) => s.kind === 'goals')
  const goals = goalSessions.flatMap((s) => goalsOf(s, input, byKey))
  const counts = statusCounts(states)
  const owner = (id: string | null) => (id === null ? 'nobody' : (nameIn(sessions, id) ?? '—'))
  const reviews = [...input.tracker.reviews].sort((a, b) => a.heldAt.localeCompare(b.heldAt))
  const pairings = [...input.tracker.pairings].sort((a, b) =>
    (a.date ?? '9999').localeCompare(b.date ?? '9999'),
  )
  const dates = sessions.map((s) => s.createdAt.slice(0, 10))
  return {
    kind: 'report',
    header: {
      clientName: input.clientName,
      workshopTitle: 'Engagement report',
      sessionDate: input.today,
      facilitatorName: input.facilitatorName,
    },
    preparedOn: input.today,
    period: { from: dates[0] ?? null, to: dates.at(-1) ?? null },
    totals: {
      sessions: sessions.length,
      goals: goals.length,
      activities: states.length,
      done: counts.done,
      open: states.filter((s) => isOpen(s.status)).length,
      reviews: reviews.length,
      adjustments: input.tracker.adjustments.length,
      pairings: pairings.length,
    },
    sessions: sessions.map((s) => ({
      title: s.title,
      kind: KIND_WORDS[s.kind],
      at: s.createdAt,
      people: peopleOf(s).length,
      status:
        s.timer.status === 'finished' ? 'Held' : s.timer.status === 'ready' ? 'Planned' : 'Started',
    })),
    goals,
    reviews: reviews.map((r) => {
      const session = sessions.find((s) => s.id === r.workshopId)
      const values = Object.values(r.support)
      return {
        session: session?.title ?? 'A removed session',
        date: r.date,
        heldAt: r.heldAt,
        supporters: values.filter(Boolean).length,
        people: values.length,
        note: r.note,
        adjustments: input.tracker.adjustments
          .filter((a) => a.reviewId === r.id)
          .map((a) => adjustmentWords(a, sessions, owner)),
      }
    }),
    alignment: alignmentTrend(input.tracker).flatMap((a) =>
      a.overall === null
        ? []
        : [
            {
              at: a.at,
              overall: a.overall,
              respondents: a.respondents,
              perQuestion: ALIGNMENT_QUESTIONS.map((q) => a.perQuestion[q.id]),
            },
          ],
    ),
    alignmentQuestions: ALIGNMENT_QUESTIONS.map((q) => q.text),
    completion: completionOverTime(items, input.tracker.updates),
    statusCounts: (Object.keys(STATUS_WORDS) as CurrentStatus[]).map((k) => ({
      label: STATUS_WORDS[k],
      count: counts[k],
    })),
    heatMap: heatMapOf(input.agreements),
    agreement: agreementOf(input),
    pairings: pairings.map((p) => ({
      sales: nameIn(sessions, p.salesId) ?? 'someone who left',
      marketing: nameIn(sessions, p.marketingId) ?? 'someone who left',
      date: p.date,
      focus: p.focus === 'shadowing' ? 'Shadowing' : 'Training',
      topic: p.topic,
      learned: [p.salesLearned, p.marketingLearned].filter((t) => t.trim()).join(' / '),
    })),
    openItems: states
      .filter((s) => isOpen(s.status))
      .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))
      .map((s) => ({
        text: s.text,
        owner: s.ownerName ?? 'No owner',
        due: s.dueDate,
        status: STATUS_WORDS[s.status],
        session: s.sessionTitle,
      })),
  }
}
