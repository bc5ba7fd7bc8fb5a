import { localDay } from '../library/file-names'
import type { Activity, WorkshopFile } from '../workshop/workshop'
import type {
  BlankSheetModel,
  GoalSheetModel,
  SheetActivity,
  SheetGoal,
  SheetHeader,
  TeamSummaryModel,
} from './sheet-models'

const DEPARTMENTS: Record<string, string> = {
  sales: 'Sales',
  marketing: 'Marketing',
  management: 'Management',
  other: 'Other',
}

export const sheetHeader = (
  w: WorkshopFile,
  clientName: string,
  facilitatorName: string,
): SheetHeader => ({
  clientName,
  workshopTitle: w.title,
  // The consultant's own calendar day: an evening workshop is not dated tomorrow.
  sessionDate: localDay(new Date(w.createdAt)),
  sessionAt: w.createdAt,
  facilitatorName,
})

const people = (w: WorkshopFile) => [
  ...w.participants,
  ...(w.manager ? [{ ...w.manager, department: 'management' as const }] : []),
]
const nameOf = (w: WorkshopFile, id: string | null) =>
  id ? (people(w).find((p) => p.memberId === id)?.name ?? null) : null

const toSheetActivity = (w: WorkshopFile, a: Activity): SheetActivity => ({
  id: a.id,
  text: a.text,
  kind: a.kind,
  tag: a.tag,
  ownerId: a.ownerId,
  ownerName: nameOf(w, a.ownerId),
  dueDate: a.dueDate,
  proposedBy: nameOf(w, a.proposedBy),
})

const goalsOf = (w: WorkshopFile): SheetGoal[] =>
  w.board.goals.map((g) => ({
    id: g.id,
    title: g.title,
    criteria: g.criteria,
    begins: g.begins,
    ends: g.ends,
    confirmed: g.confirmed,
    activities: g.activityIds.flatMap((id) => {
      const a = w.board.activities.find((x) => x.id === id)
      return a ? [toSheetActivity(w, a)] : []
    }),
  }))

const earliest = (dates: (string | null)[]) =>
  dates.filter((d): d is string => !!d).sort()[0] ?? null
const latest = (dates: (string | null)[]) =>
  dates
    .filter((d): d is string => !!d)
    .sort()
    .at(-1) ?? null

/** One sheet per person in the room (the manager too): the goal sheet's fields, their own activities marked. */
export const personalSheets = (
  w: WorkshopFile,
  header: SheetHeader,
  today: string,
): GoalSheetModel[] => {
  const goals = goalsOf(w)
  return people(w).map((p) => ({
    kind: 'personal',
    header,
    memberId: p.memberId,
    memberName: p.name,
    memberDepartment: DEPARTMENTS[p.department] ?? p.department,
    todayDate: today,
    goalBegins: earliest(goals.map((g) => g.begins)),
    reviewDates: [0, 1, 2, 3].map((i) => w.board.reviewDates[i] ?? null),
    goalEnds: latest(goals.map((g) => g.ends)),
    goals,
    myActivities: w.board.activities
      .filter((a) => a.ownerId === p.memberId)
      .map((a) => toSheetActivity(w, a)),
    commitment: w.board.commitments[p.memberId]?.text ?? '',
    committed: w.board.commitments[p.memberId]?.committed ?? false,
    managerName: w.manager && w.manager.memberId !== p.memberId ? w.manager.name : null,
    role: p.memberId === w.manager?.memberId ? 'manager' : 'member',
    supported: w.board.support[p.memberId]?.supported ?? false,
    supportNote: w.board.support[p.memberId]?.note ?? '',
  }))
}

/**
 * Sheets to hand out when the session starts: each person's name, the client and whatever dates
 * the plan already has, with the rest left to write by hand.
 */
export const blankSheets = (w: WorkshopFile, header: SheetHeader): BlankSheetModel[] => {
  const goals = goalsOf(w)
  return people(w).map((p) => ({
    kind: 'blank',
    header,
    memberName: p.name,
    memberDepartment: DEPARTMENTS[p.department] ?? p.department,
    goalBegins: earliest(goals.map((g) => g.begins)),
    reviewDates: [0, 1, 2, 3].map((i) => w.board.reviewDates[i] ?? null),
    goalEnds: latest(goals.map((g) => g.ends)),
  }))
}

export const teamSummary = (w: WorkshopFile, header: SheetHeader): TeamSummaryModel => {
  const goals = goalsOf(w)
  const used = new Set(w.board.goals.flatMap((g) => g.activityIds))
  return {
    kind: 'summary',
    header,
    goals,
    unassigned: w.board.activities.filter((a) => !used.has(a.id)).map((a) => toSheetActivity(w, a)),
    reviewDates: [0, 1, 2, 3].map((i) => w.board.reviewDates[i] ?? null),
    members: w.participants.map((p) => ({
      name: p.name,
      department: DEPARTMENTS[p.department] ?? p.department,
      commitment: w.board.commitments[p.memberId]?.text ?? '',
      committed: w.board.commitments[p.memberId]?.committed ?? false,
    })),
    support: people(w).map((p) => ({
      name: p.name,
      role: p.memberId === w.manager?.memberId ? 'manager' : 'member',
      supported: w.board.support[p.memberId]?.supported ?? false,
      note: w.board.support[p.memberId]?.note ?? '',
    })),
  }
}
