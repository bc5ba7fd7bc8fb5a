import { AppFailure } from '../api/result'
import { ALIGNMENT_QUESTIONS } from '../followup/tracker'
import type { Activity, ActivityKind, ActivityTag, Board, WorkshopFile } from '../workshop/workshop'
import type { AlignmentAnswers, Ballot, ParticipantView, ProposalStatus } from './contract'
import { alignmentAggregate, ANONYMOUS_PREFIX } from './alignment-answers'
import type { DeviceStatus, Settle, VoteResult } from './facilitator'
import { SessionParts } from './session-room'
import { ballotRefusal, tally } from './voting'

interface Device {
  memberId: string | null
  guestId: string | null
}
interface Guest {
  id: string
  name: string
  deviceId: string
  status: 'pending' | 'approved' | 'declined'
}
interface Proposal {
  id: string
  deviceId: string
  memberId: string | null
  by: string
  text: string
  kind: ActivityKind
  tag: ActivityTag
  status: ProposalStatus
}
interface Voting {
  id: string
  status: 'open' | 'closed' | 'revealed'
  dots: number
  open: boolean
  options: { activityId: string; text: string }[]
  ballots: Map<string, Ballot>
}
interface AlignmentRound {
  status: 'open' | 'closed'
  answers: Map<string, AlignmentAnswers>
}

export type RoomStatus = Omit<DeviceStatus, 'joinUrl' | 'address' | 'code' | 'maxDevices'>

const refuse = (code: 'FORBIDDEN' | 'CONFLICT' | 'NOT_FOUND' | 'VALIDATION', message: string) => {
  throw new AppFailure(code, message)
}

/**
 * One running session's room: who joined from which phone, names claimed, the proposal queue,
 * the dot vote and the anonymous alignment answers. In memory only; it ends with the session.
 * Every phone's input passes the same zod schemas as the facilitator's before it reaches here.
 */
export class Room {
  readonly devices = new Map<string, Device>()
  private readonly claims = new Map<string, string>()
  private readonly guests = new Map<string, Guest>()
  private readonly proposals: Proposal[] = []
  private readonly commitments = new Map<string, { text: string; note: string }>()
  /** A random key per phone for its stored answers, so answering again replaces, never adds. */
  private readonly anonymousKeys = new Map<string, string>()
  voting: Voting | null = null
  alignment: AlignmentRound | null = null
  autoAccept = false
  projecting: DeviceStatus['projecting'] = 'join'
  /** Ratings, hours and acknowledgements (comms), commitment statuses (meetings). */
  readonly parts = new SessionParts()

  constructor(
    private workshop: WorkshopFile,
    private readonly newId: () => string,
  ) {}

  get clientId() {
    return this.workshop.clientId
  }
  get workshopId() {
    return this.workshop.id
  }
  get finished() {
    return this.workshop.timer.status === 'finished'
  }
  get kind() {
    return this.workshop.kind
  }
  get agreementId() {
    return this.workshop.agreementId
  }
  get createdAt() {
    return this.workshop.createdAt
  }

  /** The session as saved or as typed on the console: phones see the board the room sees. */
  follow(workshop: WorkshopFile) {
    this.workshop = workshop
  }
  followBoard(board: Board) {
    this.workshop = { ...this.workshop, board }
  }

  addDevice(deviceId: string) {
    this.devices.set(deviceId, { memberId: null, guestId: null })
  }

  private device(deviceId: string): Device {
    return this.devices.get(deviceId) ?? refuse('FORBIDDEN', 'This phone is not in the session.')
  }

  private nameOf(device: Device): string | null {
    if (device.memberId) return this.memberName(device.memberId)
    const guest = device.guestId ? this.guests.get(device.guestId) : undefined
    return guest ? guest.name : null
  }

  private memberName(memberId: string): string {
    return this.workshop.participants.find((p) => p.memberId === memberId)?.name ?? 'Someone'
  }

  private ready(deviceId: string): Device {
    const device = this.device(deviceId)
    const guest = device.guestId ? this.guests.get(device.guestId) : undefined
    if (device.memberId || guest?.status === 'approved') return device
    return refuse('FORBIDDEN', 'Choose your name first (guests wait for the facilitator).')
  }

  /** The team member this phone speaks for: what it sends is only ever that person's own. */
  member(deviceId: string): string {
    const device = this.ready(deviceId)
    if (this.finished) refuse('CONFLICT', 'The session has ended.')
    return device.memberId ?? refuse('FORBIDDEN', 'These answers belong to team members.')
  }

  claim(deviceId: string, memberId: string) {
    const device = this.device(deviceId)
    if (!this.workshop.participants.some((p) => p.memberId === memberId))
      refuse('NOT_FOUND', 'That name is not on this session’s team.')
    const holder = this.claims.get(memberId)
    if (holder && holder !== deviceId)
      refuse('CONFLICT', 'Someone already took that name. Ask the facilitator to release it.')
    if (device.memberId && device.memberId !== memberId) this.claims.delete(device.memberId)
    device.memberId = memberId
    device.guestId = null
    this.claims.set(memberId, deviceId)
  }

  joinAsGuest(deviceId: string, name: string) {
    const device = this.device(deviceId)
    if (device.memberId) refuse('CONFLICT', 'This phone already has a name.')
    const id = device.guestId ?? `guest-${this.newId()}`
    this.guests.set(id, { id, name, deviceId, status: 'pending' })
    device.guestId = id
  }

  release(memberId: string) {
    const deviceId = this.claims.get(memberId)
    if (!deviceId) return
    this.claims.delete(memberId)
    const device = this.devices.get(deviceId)
    if (device) device.memberId = null
  }

  decideGuest(guestId: string, approve: boolean) {
    const guest = this.guests.get(guestId) ?? refuse('NOT_FOUND', 'That guest left.')
    guest.status = approve ? 'approved' : 'declined'
  }

  propose(deviceId: string, p: { text: string; kind: ActivityKind; tag: ActivityTag }) {
    const device = this.ready(deviceId)
    if (this.finished) refuse('CONFLICT', 'The session has ended.')
    const by = this.nameOf(device) ?? 'Guest'
    const proposal = { id: this.newId(), deviceId, memberId: device.memberId, by, ...p }
    this.proposals.push({ ...proposal, status: 'pending' })
    return proposal.id
  }

  /** Accept (as sent or edited), merge into a card already on the board, or reject. */
  settle(decision: Settle): Activity | null {
    const proposal =
      this.proposals.find((p) => p.id === decision.proposalId) ??
      refuse('NOT_FOUND', 'That proposal is not in the queue.')
    if (proposal.status !== 'pending') refuse('CONFLICT', 'That proposal was already handled.')
    if (decision.outcome === 'reject') {
      proposal.status = 'rejected'
      return null
    }
    if (decision.outcome === 'merge') {
      if (!this.workshop.board.activities.some((a) => a.id === decision.into))
        refuse('NOT_FOUND', 'That card is no longer on the board.')
      proposal.status = 'merged'
      return null
    }
    proposal.status = 'accepted'
    return {
      id: this.newId(),
      text: decision.text ?? proposal.text,
      kind: decision.kind ?? proposal.kind,
      tag: decision.tag ?? proposal.tag,
      proposedBy: proposal.memberId,
      ownerId: null,
      dueDate: null,
    }
  }

  openVoting(dots: number, open: boolean) {
    const options = this.workshop.board.activities.map((a) => ({ activityId: a.id, text: a.text }))
    if (options.length === 0) refuse('CONFLICT', 'Put activities on the board before voting.')
    this.voting = { id: this.newId(), status: 'open', dots, open, options, ballots: new Map() }
  }

  setVoting(status: 'closed' | 'revealed' | null) {
    if (status === null) this.voting = null
    else if (!this.voting) refuse('CONFLICT', 'No vote is running.')
    else this.voting.status = status
  }

  castBallot(deviceId: string, ballot: Ballot) {
    this.ready(deviceId)
    const voting = this.voting
    if (voting?.status !== 'open') return refuse('CONFLICT', 'Voting is closed.')
    const refusal = ballotRefusal(
      ballot,
      voting.dots,
      voting.options.map((o) => o.activityId),
    )
    if (refusal) refuse('VALIDATION', refusal)
    voting.ballots.set(deviceId, ballot)
  }

  /** The stored record of the round: who voted is kept only when voting was open. */
  voteTally() {
    const voting = this.voting
    if (!voting) return null
    const ids = voting.options.map((o) => o.activityId)
    const ballots = [...voting.ballots].map(([deviceId, ballot]) => ({
      voter: voting.open ? (this.devices.get(deviceId)?.memberId ?? null) : null,
      ballot,
    }))
    const counted = tally(ids, ballots)
    return { voting, ...counted }
  }

  /** Ballots cannot change once a round is no longer open: its results are counted once. */
  private revealed: { voting: Voting; results: VoteResult[] } | null = null

  private results(): VoteResult[] | null {
    if (this.voting?.status !== 'revealed') return null
    if (this.revealed?.voting !== this.voting)
      this.revealed = { voting: this.voting, results: this.countResults() }
    return this.revealed.results
  }

  private countResults(): VoteResult[] {
    const counted = this.voteTally()!
    return counted.voting.options
      .map((o) => ({
        activityId: o.activityId,
        text: o.text,
        count: counted.counts[o.activityId] ?? 0,
        voters: counted.voting.open
          ? (counted.voters[o.activityId] ?? []).map((id) => this.memberName(id))
          : null,
      }))
      .sort((a, b) => b.count - a.count)
  }

  openAlignment() {
    this.alignment = { status: 'open', answers: this.alignment?.answers ?? new Map() }
  }
  closeAlignment() {
    if (this.alignment) this.alignment.status = 'closed'
  }

  answer(deviceId: string, answers: AlignmentAnswers) {
    this.ready(deviceId)
    if (this.alignment?.status !== 'open') refuse('CONFLICT', 'The alignment check is closed.')
    if (Object.keys(answers).length === 0)
      refuse('VALIDATION', 'Pick an answer to at least one question.')
    this.alignment!.answers.set(deviceId, answers)
    if (!this.anonymousKeys.has(deviceId))
      this.anonymousKeys.set(deviceId, `${ANONYMOUS_PREFIX}${this.newId()}`)
  }

  commit(deviceId: string, c: { text: string; note: string }) {
    const device = this.ready(deviceId)
    if (!device.memberId) return refuse('FORBIDDEN', 'Commitments belong to team members.')
    this.commitments.set(device.memberId, c)
  }

  /** The commitment to write on the board, or null when declined (it leaves the list either way). */
  decideCommitment(memberId: string, confirm: boolean) {
    const c = this.commitments.get(memberId) ?? refuse('NOT_FOUND', 'No commitment is waiting.')
    this.commitments.delete(memberId)
    return confirm ? c : null
  }

  /** The same list for every phone until the board changes: the server writes it out once. */
  private phoneBoard: { from: Board; items: ParticipantView['board'] } | null = null
  private boardForPhones() {
    const { board } = this.workshop
    if (this.phoneBoard?.from !== board)
      this.phoneBoard = {
        from: board,
        items: board.activities.map(({ id, text, kind, tag }) => ({ id, text, kind, tag })),
      }
    return this.phoneBoard.items
  }

  viewFor(deviceId: string): ParticipantView {
    const device = this.device(deviceId)
    const guest = device.guestId ? this.guests.get(device.guestId) : undefined
    const status = device.memberId
      ? 'ready'
      : guest?.status === 'approved'
        ? 'ready'
        : guest?.status === 'pending'
          ? 'waiting-approval'
          : guest?.status === 'declined'
            ? 'declined'
            : 'choose-name'
    const { board, timer } = this.workshop
    const stored = device.memberId ? board.commitments[device.memberId] : undefined
    const waiting = device.memberId ? this.commitments.get(device.memberId) : undefined
    const support = device.memberId ? board.support[device.memberId] : undefined
    return {
      session: {
        title: this.workshop.title,
        phase: timer.phases[timer.index]?.name ?? '',
        finished: this.finished,
        kind: this.workshop.kind,
      },
      me: { status, name: this.nameOf(device), guest: !!guest },
      roster:
        status === 'choose-name'
          ? this.workshop.participants.map((p) => ({
              memberId: p.memberId,
              name: p.name,
              taken: this.claims.has(p.memberId),
            }))
          : [],
      board: this.boardForPhones(),
      proposals: this.proposals
        .filter((p) => p.deviceId === deviceId)
        .map(({ id, text, kind, tag, status }) => ({ id, text, kind, tag, status })),
      voting: this.voting && {
        status: this.voting.status,
        dots: this.voting.dots,
        options: this.voting.options,
        ballot: this.voting.ballots.get(deviceId) ?? {},
        results:
          this.results()?.map(({ activityId, text, count }) => ({ activityId, text, count })) ??
          null,
      },
      alignment: this.alignment && {
        status: this.alignment.status,
        questions: ALIGNMENT_QUESTIONS.map((q) => ({ id: q.id, text: q.text })),
        answers: this.alignment.answers.get(deviceId) ?? null,
        answered: this.alignment.answers.size,
        aggregate: alignmentAggregate([...this.alignment.answers.values()]),
      },
      commitment: waiting
        ? { ...waiting, status: 'pending' }
        : stored?.committed
          ? { text: stored.text, note: support?.note ?? '', status: 'confirmed' }
          : { text: '', note: '', status: 'none' },
      sheet: !!device.memberId && this.workshop.kind === 'goals',
      comms: this.workshop.kind === 'comms' ? this.parts.commsFor(device.memberId) : null,
      meeting: this.workshop.kind === 'actions' ? this.parts.meetingFor(device.memberId) : null,
    }
  }

  /** The console's picture of the room. */
  status(): RoomStatus {
    const names = (ids: Iterable<string>) =>
      [...ids].flatMap(
        (id) => this.nameOf(this.devices.get(id) ?? { memberId: null, guestId: null }) ?? [],
      )
    return {
      clientId: this.clientId,
      workshopId: this.workshopId,
      kind: this.workshop.kind,
      projecting: this.projecting,
      autoAccept: this.autoAccept,
      devices: this.devices.size,
      people: this.workshop.participants.map((p) => ({
        memberId: p.memberId,
        name: p.name,
        joined: this.claims.has(p.memberId),
      })),
      guests: [...this.guests.values()].map(({ id, name, status }) => ({ id, name, status })),
      queue: this.proposals
        .filter((p) => p.status === 'pending')
        .map(({ id, text, kind, tag, by, status }) => ({ id, text, kind, tag, by, status })),
      voting: this.voting && {
        id: this.voting.id,
        status: this.voting.status,
        dots: this.voting.dots,
        open: this.voting.open,
        voted: names(this.voting.ballots.keys()),
        results: this.results(),
      },
      alignment: this.alignment && {
        status: this.alignment.status,
        answeredBy: names(this.alignment.answers.keys()),
        aggregate: alignmentAggregate([...this.alignment.answers.values()]),
      },
      commitments: [...this.commitments].map(([memberId, c]) => ({
        memberId,
        name: this.memberName(memberId),
        ...c,
      })),
      phoneComms: this.parts.waitingAnswers((id) => this.memberName(id)),
      answers: this.parts.log.map(({ memberId, what }) => ({
        name: this.memberName(memberId),
        what,
      })),
    }
  }

  /** Every answer from phones, each under a key that names no one. */
  anonymousAnswers(): Record<string, AlignmentAnswers> {
    return Object.fromEntries(
      [...(this.alignment?.answers ?? [])].map(([deviceId, a]) => [
        this.anonymousKeys.get(deviceId)!,
        a,
      ]),
    )
  }
}
