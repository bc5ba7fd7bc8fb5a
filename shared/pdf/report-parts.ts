import type { AgreementFile } from '../comms/agreement'
import type { Adjustment } from '../followup/tracker'
import type { WorkshopFile } from '../workshop/workshop'
import { agreementSheet } from './build-agreement'
import type { ReportInput } from './build-report'
import type { ReportAdjustment, ReportHeatMap, ReportModel } from './report-model'

export const peopleOf = (s: WorkshopFile) => [...s.participants, ...(s.manager ? [s.manager] : [])]
export const nameIn = (sessions: WorkshopFile[], id: string | null) =>
  id === null
    ? null
    : (sessions.flatMap(peopleOf).find((p) => p.memberId === id)?.name ?? 'someone who left')

const FIELD_WORDS: Record<Adjustment['field'], string> = {
  'goal-title': 'Goal title',
  'goal-criteria': 'Goal criteria',
  'goal-ends': 'Goal end date',
  'activity-text': 'Activity',
  'activity-owner': 'Activity owner',
  'activity-due': 'Activity due date',
}

export const adjustmentWords = (
  a: Adjustment,
  sessions: WorkshopFile[],
  owner: (id: string | null) => string,
): ReportAdjustment => {
  const value = (v: string | null) =>
    a.field === 'activity-owner' ? owner(v) : v === null || v === '' ? '—' : v
  return {
    what: FIELD_WORDS[a.field],
    before: value(a.before),
    after: value(a.after),
    reason: a.reason,
    agreedBy: a.agreedBy.map((id) => nameIn(sessions, id) ?? '').join(', '),
    at: a.at,
  }
}

/** The heat map of the latest agreement that has ratings: people × channels, 1…5. */
export const heatMapOf = (agreements: AgreementFile[]): ReportHeatMap | null => {
  const rated = agreements.filter((a) => Object.keys(a.ratings).length > 0).at(-1)
  if (!rated) return null
  const channels = rated.terms.channels.filter((c) => c.inUse)
  return {
    title: rated.title,
    channels: channels.map((c) => c.name),
    rows: rated.participants.map((p) => ({
      name: p.name,
      department: p.department,
      scores: channels.map((c) => rated.ratings[p.memberId]?.[c.id]?.score ?? null),
    })),
  }
}

export const agreementOf = (input: ReportInput): ReportModel['agreement'] => {
  const latest = [...input.agreements].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)).at(-1)
  if (!latest) return null
  const version = latest.versions.at(-1)?.number ?? null
  const sheet = agreementSheet(
    latest,
    input.clientName,
    input.facilitatorName,
    version,
    input.today,
  )
  return {
    title: latest.title,
    versionLabel: sheet.versionLabel,
    channels: sheet.channels,
    levels: sheet.levels,
  }
}
