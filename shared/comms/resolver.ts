import type { Participant } from '../workshop/workshop'
import type { AgreementTerms, Availability, Channel, MessageLevel } from './agreement'
import {
  addReachableMinutes,
  HORIZON_DAYS,
  isReachable,
  localLabel,
  MINUTE_MS,
  nextReachable,
  offGridAt,
  zoneOf,
} from './availability'

export type Department = Participant['department']
export type Target =
  { kind: 'person'; memberId: string } | { kind: 'department'; department: Department }

export interface Resolution {
  status: 'reachable' | 'later' | 'nobody'
  /** Who to contact. */
  person: { memberId: string; name: string } | null
  /** Use this now. */
  channel: Channel | null
  /** If there is no answer. */
  fallback: Channel | null
  expectAnswerBy: number | null
  /** When the person is next reachable in their working hours; set whenever they are not now. */
  nextReachableAt: number | null
  /** Short plain-English sentences for the UI. */
  explanation: string[]
}

export interface ContactInput {
  participants: Participant[]
  terms: AgreementTerms
}

export const DEPARTMENT_LABELS: Record<Department, string> = {
  sales: 'Sales',
  marketing: 'Marketing',
  management: 'Management',
  other: 'Other',
}

interface Ctx {
  terms: AgreementTerms
  level: MessageLevel
  atMs: number
}

/** A channel the agreement does not use counts as no channel at all. */
export const channelInUse = (terms: AgreementTerms, id: string | null): Channel | null =>
  id === null ? null : (terms.channels.find((c) => c.id === id && c.inUse) ?? null)

const nobody = (explanation: string[], person: Resolution['person'] = null): Resolution => ({
  status: 'nobody',
  person,
  channel: null,
  fallback: null,
  expectAnswerBy: null,
  nextReachableAt: null,
  explanation,
})

const at = (ms: number, p: Availability) => `${localLabel(ms, zoneOf(p))} (${zoneOf(p)})`

const channelSentence = (
  channel: Channel | null,
  fallback: Channel | null,
  level: MessageLevel,
) => {
  if (!channel) return `“${level.name}” has no channel in use; agree on one.`
  return fallback
    ? `Use ${channel.name}; if there is no answer, ${fallback.name}.`
    : `Use ${channel.name}.`
}

const answerSentence = (ctx: Ctx, by: number | null, p: Availability) => {
  if (ctx.level.responseMinutes === null) return `“${ctx.level.name}” has no agreed response time.`
  return by === null
    ? `No answer is expected within the next ${HORIZON_DAYS} days.`
    : `Expect an answer by ${at(by, p)}.`
}

const awaySentence = (name: string, p: Availability, atMs: number) => {
  const off = offGridAt(p, atMs)
  if (!off) return `${name} is outside working hours (it is ${at(atMs, p)}).`
  const label = off.block.label ? ` (${off.block.label})` : ''
  return `${name} is off the grid${label} until ${at(off.end, p)}.`
}

/** The level's channels in order of use; the person's preferred one stands in for a missing primary. */
const levelChannels = (ctx: Ctx, p: Availability) => {
  const primary = channelInUse(ctx.terms, ctx.level.primary)
  const fallback = channelInUse(ctx.terms, ctx.level.fallback)
  const channel = primary ?? channelInUse(ctx.terms, p.preferredChannel) ?? fallback
  return { primary, channel, fallback: fallback?.id === channel?.id ? null : fallback }
}

const answerBy = (ctx: Ctx, p: Availability, fromMs: number) =>
  ctx.level.responseMinutes === null
    ? null
    : addReachableMinutes(p, fromMs, ctx.level.responseMinutes)

const reachableNow = (ctx: Ctx, who: Participant, p: Availability): Resolution => {
  const { channel, fallback } = levelChannels(ctx, p)
  const by = answerBy(ctx, p, ctx.atMs)
  return {
    status: 'reachable',
    person: { memberId: who.memberId, name: who.name },
    channel,
    fallback,
    expectAnswerBy: by,
    nextReachableAt: null,
    explanation: [
      `${who.name} is reachable now (${at(ctx.atMs, p)}).`,
      channelSentence(channel, fallback, ctx.level),
      answerSentence(ctx, by, p),
    ],
  }
}

/** Urgent contact happens out of hours, so the answer time runs on the wall clock. */
const urgentOverride = (
  ctx: Ctx,
  who: Participant,
  p: Availability,
  urgent: Channel,
): Resolution => {
  const { primary, fallback } = levelChannels(ctx, p)
  const backup = [fallback, primary].find((c) => c !== null && c.id !== urgent.id) ?? null
  const minutes = ctx.level.responseMinutes
  const by = minutes === null ? null : ctx.atMs + minutes * MINUTE_MS
  const note = p.urgentNote ? [`${who.name}’s note: “${p.urgentNote}”`] : []
  return {
    status: 'reachable',
    person: { memberId: who.memberId, name: who.name },
    channel: urgent,
    fallback: backup,
    expectAnswerBy: by,
    nextReachableAt: nextReachable(p, ctx.atMs),
    explanation: [
      awaySentence(who.name, p, ctx.atMs),
      `It cannot wait: use ${who.name}’s urgent channel, ${urgent.name}.`,
      ...note,
      answerSentence(ctx, by, p),
    ],
  }
}

const later = (ctx: Ctx, who: Participant, p: Availability): Resolution => {
  const person = { memberId: who.memberId, name: who.name }
  const away = awaySentence(who.name, p, ctx.atMs)
  const next = nextReachable(p, ctx.atMs)
  if (next === null)
    return nobody([away, `${who.name} is not reachable in the next ${HORIZON_DAYS} days.`], person)
  const urgent = ctx.level.urgency === 'urgent'
  const levels = levelChannels(ctx, p)
  // Out of hours an urgent call goes unanswered; a written fallback is seen first thing.
  const channel = urgent ? (levels.fallback ?? levels.channel) : levels.channel
  const backup = urgent && channel?.id !== levels.channel?.id ? levels.channel : levels.fallback
  const fallback = backup?.id === channel?.id ? null : backup
  const by = answerBy(ctx, p, next)
  return {
    status: 'later',
    person,
    channel,
    fallback,
    expectAnswerBy: by,
    nextReachableAt: next,
    explanation: [
      away,
      ...(urgent ? [`${who.name} has no urgent channel, so this has to wait.`] : []),
      `${who.name} is next reachable ${at(next, p)}.`,
      channelSentence(channel, fallback, ctx.level),
      answerSentence(ctx, by, p),
    ],
  }
}

const availabilityOf = (terms: AgreementTerms, memberId: string) =>
  terms.people.find((p) => p.memberId === memberId) ?? null

const resolvePerson = (ctx: Ctx, who: Participant): Resolution => {
  const p = availabilityOf(ctx.terms, who.memberId)
  if (!p)
    return nobody([`${who.name} has no availability recorded.`], {
      memberId: who.memberId,
      name: who.name,
    })
  if (isReachable(p, ctx.atMs)) return reachableNow(ctx, who, p)
  const urgent = channelInUse(ctx.terms, p.urgentChannel)
  if (ctx.level.urgency === 'urgent' && urgent) return urgentOverride(ctx, who, p, urgent)
  return later(ctx, who, p)
}

const byName = (a: Participant, b: Participant) =>
  a.name.localeCompare(b.name) || a.memberId.localeCompare(b.memberId)

const withIntro = (intro: string, r: Resolution): Resolution => ({
  ...r,
  explanation: [intro, ...r.explanation],
})

const pickReachable = (ctx: Ctx, reachable: Participant[]) => {
  const prefersPrimary = (m: Participant) =>
    availabilityOf(ctx.terms, m.memberId)?.preferredChannel === ctx.level.primary ? 0 : 1
  return [...reachable].sort((a, b) => prefersPrimary(a) - prefersPrimary(b) || byName(a, b))[0]
}

const firstBack = (ctx: Ctx, members: Participant[]) =>
  members
    .map((m) => {
      const p = availabilityOf(ctx.terms, m.memberId)
      return { m, next: p ? nextReachable(p, ctx.atMs) : null }
    })
    .filter((x): x is { m: Participant; next: number } => x.next !== null)
    .sort((a, b) => a.next - b.next || byName(a.m, b.m))[0]?.m

const resolveDepartment = (ctx: Ctx, participants: Participant[], department: Department) => {
  const label = DEPARTMENT_LABELS[department]
  const members = participants.filter((m) => m.department === department)
  if (members.length === 0) return nobody([`Nobody from ${label} is part of this agreement.`])
  const hasAvailability = (m: Participant) => availabilityOf(ctx.terms, m.memberId)
  const reachable = members.filter((m) => {
    const p = hasAvailability(m)
    return p !== null && isReachable(p, ctx.atMs)
  })
  const pick = pickReachable(ctx, reachable)
  if (pick)
    return withIntro(
      `${reachable.length} of ${members.length} in ${label} can be reached now; contact ${pick.name}.`,
      resolvePerson(ctx, pick),
    )
  const urgent =
    ctx.level.urgency === 'urgent'
      ? [...members]
          .sort(byName)
          .find((m) => channelInUse(ctx.terms, hasAvailability(m)?.urgentChannel ?? null))
      : undefined
  if (urgent)
    return withIntro(
      `Nobody in ${label} is reachable now; ${urgent.name} has an urgent channel.`,
      resolvePerson(ctx, urgent),
    )
  const next = firstBack(ctx, members)
  if (next)
    return withIntro(
      `Nobody in ${label} is reachable now; ${next.name} is the first back.`,
      resolvePerson(ctx, next),
    )
  return nobody([
    `Nobody in ${label} is reachable in the next ${HORIZON_DAYS} days, and nobody there has an urgent channel.`,
  ])
}

export const resolveContact = (
  input: ContactInput,
  levelId: string,
  target: Target,
  atMs: number,
): Resolution => {
  const level = input.terms.levels.find((l) => l.id === levelId)
  if (!level) return nobody(['That message level no longer exists.'])
  const ctx: Ctx = { terms: input.terms, level, atMs }
  if (target.kind === 'department')
    return resolveDepartment(ctx, input.participants, target.department)
  const who = input.participants.find((m) => m.memberId === target.memberId)
  return who
    ? resolvePerson(ctx, who)
    : nobody(['That person is no longer part of this agreement.'])
}
