import type { Participant } from '../workshop/workshop'
import type { AgreementTerms, Availability, Channel, MessageLevel, Rating } from './agreement'
import type { Span } from './availability'
import {
  clockLabel,
  DAY_MS,
  localLabel,
  MINUTE_MS,
  weeklyOffGridSpans,
  workingDayMinutes,
  workingSpans,
  zoneOf,
} from './availability'
import type { Department } from './resolver'
import { channelInUse, DEPARTMENT_LABELS } from './resolver'

export type CheckKind =
  | 'urgent-slow-channels'
  | 'no-response-time'
  | 'today-too-slow'
  | 'off-grid-no-fallback'
  | 'department-gap'
  | 'rated-never'

export interface CheckFinding {
  /** Stable and unique per finding, so the UI can keep a dismissal or a focus across edits. */
  key: string
  kind: CheckKind
  /** Level name, person name or department. */
  subject: string
  /** What is wrong and what to change. */
  message: string
}

export interface CheckInput {
  participants: Participant[]
  ratings: Record<string, Record<string, Rating>>
  terms: AgreementTerms
}

const DEFAULT_WORKING_DAY = 8 * 60
/** A January week: no DST north of the equator, so the team's usual hours line up. */
const REFERENCE_WEEK = Date.UTC(2026, 0, 5)
const SLOT_MS = 30 * MINUTE_MS
const GAP_DEPARTMENTS: Department[] = ['sales', 'marketing']
const MAX_RANGES = 3

const phrase = (c: Channel) => (c.builtIn ? c.name.toLowerCase() : c.name)

const listed = (items: string[], word = 'and') =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`

export const formatMinutes = (m: number): string => {
  const hours = Math.floor(m / 60)
  if (hours === 0) return `${m} min`
  return m % 60 === 0 ? `${hours} h` : `${hours} h ${m % 60} min`
}

const levelChannels = (terms: AgreementTerms, level: MessageLevel): Channel[] =>
  [channelInUse(terms, level.primary), channelInUse(terms, level.fallback)].filter(
    (c, i, all): c is Channel => c !== null && all.findIndex((o) => o?.id === c.id) === i,
  )

const urgentSlow = (terms: AgreementTerms): CheckFinding[] =>
  terms.levels
    .filter((l) => l.urgency === 'urgent')
    .flatMap((level) => {
      const channels = levelChannels(terms, level)
      if (channels.some((c) => c.fast)) return []
      const fast = terms.channels.filter((c) => c.inUse && c.fast).slice(0, 2)
      const fix =
        fast.length > 0
          ? `Make ${listed(fast.map(phrase), 'or')} its primary or fallback channel.`
          : 'Switch on a fast channel, such as a phone call, and make it the primary or fallback.'
      const problem =
        channels.length === 0
          ? `“${level.name}” has no channel in use.`
          : `“${level.name}” relies on ${listed(channels.map(phrase))} only, which ${channels.length === 1 ? 'is' : 'are'} read hours later.`
      return [
        {
          key: `urgent-slow-channels:${level.id}`,
          kind: 'urgent-slow-channels' as const,
          subject: level.name,
          message: `${problem} ${fix}`,
        },
      ]
    })

const noResponseTime = (terms: AgreementTerms): CheckFinding[] =>
  terms.levels
    .filter((l) => l.responseMinutes === null)
    .map((level) => ({
      key: `no-response-time:${level.id}`,
      kind: 'no-response-time',
      subject: level.name,
      message: `“${level.name}” has no response time. Agree how quickly people answer, so nobody has to guess.`,
    }))

const todayTooSlow = (terms: AgreementTerms): CheckFinding[] => {
  const day = terms.people.length
    ? Math.min(...terms.people.map(workingDayMinutes))
    : DEFAULT_WORKING_DAY
  return terms.levels
    .filter((l) => l.urgency === 'today' && l.responseMinutes !== null && l.responseMinutes > day)
    .map((level) => ({
      key: `today-too-slow:${level.id}`,
      kind: 'today-too-slow',
      subject: level.name,
      message: `“${level.name}” allows ${formatMinutes(level.responseMinutes ?? 0)}, longer than a working day (${formatMinutes(day)}), so an answer can slip to tomorrow. Shorten it to ${formatMinutes(day)} or less.`,
    }))
}

const offGridNoFallback = (input: CheckInput): CheckFinding[] =>
  input.terms.people.flatMap((p) => {
    const who = input.participants.find((m) => m.memberId === p.memberId)
    const blocks = [...p.weeklyOffGrid, ...p.datedOffGrid]
    if (!who || blocks.length === 0 || channelInUse(input.terms, p.urgentChannel)) return []
    const labels = blocks.map((b) => b.label).filter(Boolean)
    const when = labels.length
      ? ` (${listed(labels.slice(0, 3))}${labels.length > 3 ? ' and more' : ''})`
      : ''
    return [
      {
        key: `off-grid-no-fallback:${p.memberId}`,
        kind: 'off-grid-no-fallback' as const,
        subject: who.name,
        message: `${who.name} is off the grid at times${when} but has no urgent channel in use. Add one, such as a phone number for emergencies, or agree that urgent messages wait.`,
      },
    ]
  })

interface Week {
  working: Span[]
  weeklyOff: Span[]
}

const weekOf = (p: Availability): Week => ({
  working: workingSpans(p, REFERENCE_WEEK, REFERENCE_WEEK + 7 * DAY_MS),
  weeklyOff: weeklyOffGridSpans(p, REFERENCE_WEEK, REFERENCE_WEEK + 7 * DAY_MS),
})

const inside = (spans: Span[], t: number) => spans.some((s) => s.start <= t && t < s.end)
const reachableIn = (w: Week, t: number) => inside(w.working, t) && !inside(w.weeklyOff, t)

const gapRanges = (gaps: boolean[]): Span[] =>
  gaps.reduce<Span[]>((ranges, gap, i) => {
    const last = ranges[ranges.length - 1]
    const t = REFERENCE_WEEK + i * SLOT_MS
    if (!gap) return ranges
    if (last && last.end === t) last.end = t + SLOT_MS
    else ranges.push({ start: t, end: t + SLOT_MS })
    return ranges
  }, [])

const rangeLabel = (r: Span, zone: string) => {
  const start = localLabel(r.start, zone)
  const end = localLabel(r.end, zone)
  return `${start}–${start.slice(0, 3) === end.slice(0, 3) ? clockLabel(r.end, zone) : end}`
}

/**
 * Slots in one reference week where someone can be reached but nobody in a department can. A lunch
 * the whole team takes together leaves nobody waiting, so it is no gap.
 */
const departmentGaps = (input: CheckInput): CheckFinding[] => {
  const people = input.terms.people.filter((p) =>
    input.participants.some((m) => m.memberId === p.memberId),
  )
  const first = people[0]
  if (!first) return []
  const weeks = new Map(people.map((p) => [p.memberId, weekOf(p)]))
  const slots = Array.from(
    { length: (7 * DAY_MS) / SLOT_MS },
    (_, i) => REFERENCE_WEEK + i * SLOT_MS,
  )
  const teamReachable = slots.map((t) => [...weeks.values()].some((w) => reachableIn(w, t)))
  const zone = zoneOf(first)
  return GAP_DEPARTMENTS.flatMap((department) => {
    const members = input.participants.filter((m) => m.department === department)
    if (members.length === 0) return []
    const memberWeeks = members.flatMap((m) => weeks.get(m.memberId) ?? [])
    const gaps = slots.map(
      (t, i) => !!teamReachable[i] && !memberWeeks.some((w) => reachableIn(w, t)),
    )
    const ranges = gapRanges(gaps)
    if (ranges.length === 0) return []
    const label = DEPARTMENT_LABELS[department]
    const shown = ranges.slice(0, MAX_RANGES).map((r) => rangeLabel(r, zone))
    const more = ranges.length > MAX_RANGES ? [`${ranges.length - MAX_RANGES} more`] : []
    return [
      {
        key: `department-gap:${department}`,
        kind: 'department-gap' as const,
        subject: label,
        message: `Nobody in ${label} can be reached during ${listed([...shown, ...more])} (${zone}) while others are working. Stagger working hours or add a colleague as cover.`,
      },
    ]
  })
}

const scores = (input: CheckInput, channelId: string) =>
  input.participants.flatMap((m) => {
    const score = input.ratings[m.memberId]?.[channelId]?.score
    return score === null || score === undefined ? [] : [score]
  })

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length

const suggestion = (input: CheckInput, level: MessageLevel, avoided: Channel) => {
  const candidates = input.terms.channels
    .filter((c) => c.inUse && c.id !== level.primary && c.id !== level.fallback)
    .map((c) => ({ c, s: scores(input, c.id) }))
    .filter((x) => x.s.length > 0)
    .sort(
      (a, b) =>
        Number(b.c.fast === avoided.fast) - Number(a.c.fast === avoided.fast) ||
        mean(b.s) - mean(a.s),
    )
  const best = candidates[0]?.c
  return best ? `Consider ${phrase(best)} instead.` : 'Consider a channel the team is happier with.'
}

const ratedNever = (input: CheckInput): CheckFinding[] =>
  input.terms.levels.flatMap((level) =>
    levelChannels(input.terms, level).flatMap((channel) => {
      const s = scores(input, channel.id)
      const never = s.filter((x) => x === 1).length
      if (s.length < 2 || never * 2 <= s.length) return []
      return [
        {
          key: `rated-never:${level.id}:${channel.id}`,
          kind: 'rated-never' as const,
          subject: level.name,
          message: `“${level.name}” uses ${phrase(channel)}, but ${never} of ${s.length} people would never use it. ${suggestion(input, level, channel)}`,
        },
      ]
    }),
  )

export const checkAgreement = (input: CheckInput): CheckFinding[] => [
  ...urgentSlow(input.terms),
  ...noResponseTime(input.terms),
  ...todayTooSlow(input.terms),
  ...offGridNoFallback(input),
  ...departmentGaps(input),
  ...ratedNever(input),
]
