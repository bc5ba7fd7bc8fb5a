import { AppFailure } from '../api/result'
import type { AgreementFile, AgreementTerms, Rating } from '../comms/agreement'
import { latestVersion } from '../comms/agreement-file'
import { isValidTimeZone } from '../comms/availability'
import { channelName, formatResponse } from '../comms/format'
import type { ItemState } from '../followup/rollup'
import type { ItemStatus } from '../followup/tracker'
import type {
  CommsPart,
  MeetingPart,
  PhoneAvailability,
  PhoneCommsAnswer,
  PhoneRatings,
} from './session-parts'

/** The agreement as the console has it now: saved, or as typed before the save lands. */
interface AgreementPicture {
  ratings: Record<string, Record<string, Rating>>
  terms: AgreementTerms
}

interface Waiting {
  seq: number
  ratings: PhoneRatings | null
  availability: PhoneAvailability | null
}

/** Something a phone asked for that the service writes to a file: the room only checks it. */
export type PhoneWrite =
  | { kind: 'acknowledge'; memberId: string; version: number }
  | {
      kind: 'status'
      memberId: string
      text: string
      itemKey: string
      status: ItemStatus
      note: string
    }

const MAX_LOG = 60
const STATUS_WORDS: Record<ItemStatus, string> = {
  done: 'done',
  'in-progress': 'in progress',
  missed: 'missed',
  dropped: 'dropped',
}

const refuse = (code: 'FORBIDDEN' | 'CONFLICT' | 'VALIDATION', message: string): never => {
  throw new AppFailure(code, message)
}

/**
 * The parts of a room that only communication sessions and action-plan meetings have. A phone's
 * ratings and hours wait here until the console takes them into its agreement (the agreement has
 * one writer, the console); acknowledgements and commitment statuses are checked here and written
 * by the service the same way the console's calls write them. Each is only ever the phone's own.
 */
export class SessionParts {
  private agreement: AgreementFile | null = null
  private picture: AgreementPicture | null = null
  private items: ItemState[] = []
  private readonly waiting = new Map<string, Waiting>()
  private readonly taken = new Set<string>()
  private seq = 0
  /** Who answered what from a phone in this session, newest last: the console's "who has answered". */
  readonly log: { memberId: string; what: string }[] = []

  followAgreement(a: AgreementFile) {
    this.agreement = a
    this.picture = { ratings: a.ratings, terms: a.terms }
  }
  followDraft(picture: AgreementPicture) {
    this.picture = picture
  }
  followItems(items: ItemState[]) {
    this.items = items
  }

  private note(memberId: string, what: string) {
    this.log.push({ memberId, what })
    if (this.log.length > MAX_LOG) this.log.shift()
  }

  private inUse() {
    return (this.picture?.terms.channels ?? []).filter((c) => c.inUse)
  }

  private waitingFor(memberId: string): Waiting {
    const w = this.waiting.get(memberId) ?? { seq: 0, ratings: null, availability: null }
    w.seq = ++this.seq
    this.waiting.set(memberId, w)
    return w
  }

  private needAgreement(memberId: string): AgreementFile {
    const a = this.agreement ?? refuse('CONFLICT', 'This session has no agreement to answer.')
    if (!a.participants.some((p) => p.memberId === memberId))
      refuse('FORBIDDEN', 'Your name is not part of this agreement.')
    return a
  }

  rate(memberId: string, ratings: PhoneRatings) {
    this.needAgreement(memberId)
    const known = new Set(this.inUse().map((c) => c.id))
    for (const id of Object.keys(ratings))
      if (!known.has(id)) refuse('VALIDATION', 'That channel is not part of this agreement.')
    this.waitingFor(memberId).ratings = ratings
    this.note(memberId, 'rated the channels')
  }

  setAvailability(memberId: string, availability: PhoneAvailability) {
    this.needAgreement(memberId)
    if (!isValidTimeZone(availability.timeZone))
      refuse('VALIDATION', `“${availability.timeZone}” is not a time zone; pick one from the list.`)
    this.waitingFor(memberId).availability = availability
    this.note(memberId, 'gave hours and off-grid times')
  }

  /** The console took these answers into its agreement; newer ones sent meanwhile stay waiting. */
  take(memberId: string, seq: number) {
    if (this.waiting.get(memberId)?.seq === seq) this.waiting.delete(memberId)
    this.taken.add(memberId)
  }

  acknowledge(memberId: string, version: number): PhoneWrite {
    const latest = latestVersion(this.needAgreement(memberId))
    if (!latest) return refuse('CONFLICT', 'No version of the agreement is published yet.')
    if (latest.number !== version)
      refuse('CONFLICT', `Version ${latest.number} is the one to acknowledge now.`)
    return { kind: 'acknowledge', memberId, version }
  }

  acknowledged(memberId: string, version: number) {
    this.note(memberId, `acknowledged version ${version}`)
  }

  reportStatus(memberId: string, change: { itemKey: string; status: ItemStatus; note: string }) {
    const item = this.items.find((i) => i.key === change.itemKey)
    if (!item) return refuse('CONFLICT', 'That commitment is not on this meeting’s list.')
    if (item.ownerId !== memberId) refuse('FORBIDDEN', 'You can only report your own commitments.')
    return { kind: 'status', memberId, text: item.text, ...change } satisfies PhoneWrite
  }

  reported(memberId: string, text: string, status: ItemStatus) {
    const short = text.length > 40 ? `${text.slice(0, 39)}…` : text
    this.note(memberId, `reported “${short}”: ${STATUS_WORDS[status]}`)
  }

  commsFor(memberId: string | null): CommsPart | null {
    const picture = this.picture
    if (!picture) return null
    const channels = this.inUse().map(({ id, name }) => ({ id, name }))
    const waiting = memberId ? this.waiting.get(memberId) : undefined
    const person = memberId ? picture.terms.people.find((p) => p.memberId === memberId) : undefined
    const latest = this.agreement && latestVersion(this.agreement)
    const terms = latest?.terms
    return {
      channels,
      ratings: waiting?.ratings ?? (memberId ? (picture.ratings[memberId] ?? {}) : {}),
      availability:
        waiting?.availability ??
        (person && {
          timeZone: person.timeZone,
          workDays: person.workDays,
          workStart: person.workStart,
          workEnd: person.workEnd,
          weeklyOffGrid: person.weeklyOffGrid,
        }) ??
        null,
      sent: waiting ? 'waiting' : memberId && this.taken.has(memberId) ? 'taken' : 'none',
      agreement:
        latest && terms
          ? {
              version: latest.number,
              publishedAt: latest.publishedAt,
              levels: terms.levels.map((l) => ({
                name: l.name,
                rule: `${channelName(terms.channels, l.primary)}, then ${channelName(terms.channels, l.fallback)}; answer within ${formatResponse(l.responseMinutes)}`,
              })),
              acknowledgedAt: (memberId && latest.acknowledgements[memberId]) || null,
            }
          : null,
    }
  }

  meetingFor(memberId: string | null): MeetingPart {
    return {
      items: this.items
        .filter((i) => memberId !== null && i.ownerId === memberId)
        .map((i) => ({
          key: i.key,
          text: i.text,
          detail: i.detail,
          session: i.sessionTitle,
          dueDate: i.dueDate,
          status: i.status,
          note: i.note,
        })),
    }
  }

  /** Answers still waiting for the console, oldest first. */
  waitingAnswers(nameOf: (memberId: string) => string): PhoneCommsAnswer[] {
    return [...this.waiting]
      .sort(([, a], [, b]) => a.seq - b.seq)
      .map(([memberId, w]) => ({ memberId, name: nameOf(memberId), ...w }))
  }
}
