import { randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto'
import { dirname, join } from 'node:path'
import type { EventEnvelope } from '../../shared/api/events'
import { AppFailure, fail, ok } from '../../shared/api/result'
import { upsertAlignment } from '../../shared/followup/alignment'
import type { JoinRequest, ParticipantCall } from '../../shared/participants/contract'
import { participantContract, ROOM_CODE_ALPHABET } from '../../shared/participants/contract'
import type {
  DeviceStatus,
  Projecting,
  Settle,
  VotingAction,
} from '../../shared/participants/facilitator'
import { Room } from '../../shared/participants/room'
import type { VoteRound } from '../../shared/participants/voting'
import type { AppCore } from '../services/app-core'
import { sessionChanged } from '../services/handlers/workshops'
import { memberGoalSheet } from './goal-sheet'
import { isOfferedAddress } from './network'
import type { ParticipantServer } from './participant-server'
import { startParticipantServer } from './participant-server'
import { runParticipantCall } from './participant-calls'
import { loadSessionFiles, writeForPhone } from './session-files'

export const MAX_DEVICES = 80

const roomCode = () =>
  Array.from({ length: 6 }, () => ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)]).join('')

const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

interface Running {
  room: Room
  server: ParticipantServer
  secret: string
  code: string
  address: string
}

/**
 * "Team devices" for one running session: starts the participant server on the address the
 * facilitator picked, answers the phones through the room, and tells every app window what changed.
 * It stops when the facilitator turns it off, when the session ends, or when the app quits.
 */
export class DeviceService {
  private running: Running | null = null
  private readonly unsubscribe: () => void

  constructor(
    private readonly core: AppCore,
    private readonly options: { staticDir: string; maxDevices?: number; anyAddress?: boolean },
  ) {
    this.unsubscribe = core.onEvent((e) => this.follow(e))
  }

  status(): DeviceStatus | null {
    const r = this.running
    if (!r) return null
    const address = r.server.origin
    return {
      ...r.room.status(),
      devices: r.server.devices(),
      joinUrl: `${address}/#k=${r.secret}`,
      address,
      code: r.code,
      maxDevices: this.options.maxDevices ?? MAX_DEVICES,
    }
  }

  async start(clientId: string, workshopId: string, address: string): Promise<DeviceStatus> {
    if (!this.options.anyAddress && !isOfferedAddress(address))
      throw new AppFailure('VALIDATION', 'That address is not one of this computer’s networks.')
    const { doc: workshop } = await this.core.workshops.get(clientId, workshopId)
    if (workshop.timer.status === 'finished')
      throw new AppFailure('CONFLICT', 'This session has ended; phones can join a running one.')
    await this.stop('The facilitator started devices for another session.')
    const room = new Room(workshop, randomUUID)
    await loadSessionFiles(this.core, room)
    const running: Running = {
      room,
      secret: randomBytes(24).toString('base64url'),
      code: roomCode(),
      address,
      server: await startParticipantServer({
        address,
        staticDir: this.options.staticDir,
        maxDevices: this.options.maxDevices ?? MAX_DEVICES,
        gate: {
          admits: (request) => this.admits(running, request),
          joined: (deviceId) => {
            room.addDevice(deviceId)
            this.changed()
          },
          call: (deviceId, name, input) => this.participantCall(running, deviceId, name, input),
          view: (deviceId) => room.viewFor(deviceId),
          sheet: (deviceId) => this.sheet(running, deviceId),
        },
      }).catch((e: NodeJS.ErrnoException) => {
        throw new AppFailure(
          'IO',
          `Team devices could not start on ${address} (${e.code ?? e.message}).`,
        )
      }),
    }
    this.running = running
    this.changed()
    return this.status()!
  }

  /** Ends the room: tokens die with it, nothing about the phones is kept. */
  async stop(reason = 'The facilitator turned team devices off.'): Promise<null> {
    const r = this.running
    if (!r) return null
    this.running = null
    await r.server.end(reason)
    this.core.emit({ name: 'devices:changed', payload: null })
    return null
  }

  async close() {
    this.unsubscribe()
    await this.stop('The app was closed.')
  }

  private admits(r: Running, request: JoinRequest) {
    if (this.running !== r) return false
    return 'secret' in request ? same(request.secret, r.secret) : same(request.code, r.code)
  }

  private room(): Room {
    if (!this.running) throw new AppFailure('CONFLICT', 'Team devices are off.')
    return this.running.room
  }

  private changed() {
    this.running?.server.broadcast()
    this.core.emit({ name: 'devices:changed', payload: this.status() })
  }

  private act<T>(change: (room: Room) => T): T {
    const result = change(this.room())
    this.changed()
    return result
  }

  project(show: Projecting) {
    this.act((room) => (room.projecting = show))
    return this.status()!
  }
  autoAccept(on: boolean) {
    this.act((room) => (room.autoAccept = on))
    return this.status()!
  }
  settle(decision: Settle) {
    const activity = this.act((room) => room.settle(decision))
    return { status: this.status()!, activity }
  }
  release(memberId: string) {
    this.act((room) => room.release(memberId))
    return this.status()!
  }
  guest(guestId: string, approve: boolean) {
    this.act((room) => room.decideGuest(guestId, approve))
    return this.status()!
  }
  takeComms(memberId: string, seq: number) {
    this.act((room) => room.parts.take(memberId, seq))
    return this.status()!
  }
  commitment(memberId: string, confirm: boolean) {
    const commitment = this.act((room) => room.decideCommitment(memberId, confirm))
    return { status: this.status()!, commitment }
  }

  async voting(action: VotingAction) {
    const room = this.room()
    if (action.action === 'open') this.act((r) => r.openVoting(action.dots, action.open))
    else if (action.action === 'clear') this.act((r) => r.setVoting(null))
    else {
      this.act((r) => r.setVoting(action.action === 'close' ? 'closed' : 'revealed'))
      await this.storeVotes(room)
    }
    return this.status()!
  }

  async alignment(action: 'open' | 'close') {
    const room = this.room()
    this.act((r) => (action === 'open' ? r.openAlignment() : r.closeAlignment()))
    if (action === 'close') await this.storeAlignment(room)
    return this.status()!
  }

  /** Counts per activity; who voted only in open voting. One record per round, replaced in place. */
  private async storeVotes(room: Room) {
    const t = room.voteTally()
    if (!t) return
    const round: VoteRound = {
      id: t.voting.id,
      at: this.core.now().toISOString(),
      dots: t.voting.dots,
      open: t.voting.open,
      ballots: t.ballots,
      counts: t.counts,
      voters: t.voting.open ? t.voters : null,
    }
    const saved = await this.core.workshops.update(room.clientId, room.workshopId, (w) => ({
      ...w,
      votes: [...(w.votes ?? []).filter((v) => v.id !== round.id), round],
    }))
    sessionChanged(this.core, saved)
  }

  private async storeAlignment(room: Room) {
    const context = { kind: 'workshop' as const, id: room.workshopId }
    const at = this.core.now().toISOString()
    await this.core.tracker.update(room.clientId, (t) =>
      upsertAlignment(
        t,
        { context, answers: room.anonymousAnswers() },
        randomUUID(),
        at,
        'anonymous',
      ),
    )
    this.core.emit({ name: 'data:changed', payload: { scope: 'client', clientId: room.clientId } })
  }

  private async participantCall(r: Running, deviceId: string, name: ParticipantCall, raw: unknown) {
    if (this.running !== r) return fail('FORBIDDEN', 'The session has ended.')
    const input = participantContract[name].input.safeParse(raw)
    if (!input.success)
      return fail(
        'VALIDATION',
        input.error.issues[0]?.message ?? 'That is not valid.',
        input.error.issues.slice(0, 5).map((i) => ({ path: i.path.join('.'), message: i.message })),
      )
    try {
      // The version to acknowledge is the one just published: read it, not the last one seen.
      if (name === 'comms:acknowledge') await loadSessionFiles(this.core, r.room)
      const write = runParticipantCall(r.room, deviceId, input.data as never, name)
      if (write) await writeForPhone(this.core, r.room, write)
      if (name !== 'me:view') this.changed()
      if (name === 'alignment:answer') await this.storeAlignment(r.room)
      return ok(r.room.viewFor(deviceId))
    } catch (e) {
      if (e instanceof AppFailure) return fail(e.code, e.message)
      console.error('[participant call]', e)
      return fail('INTERNAL', 'Something went wrong; try again.')
    }
  }

  private async sheet(r: Running, deviceId: string) {
    const memberId = r.room.devices.get(deviceId)?.memberId
    if (r.room.kind !== 'goals')
      throw new AppFailure('FORBIDDEN', 'Goal sheets come from goal workshops.')
    if (!memberId) throw new AppFailure('FORBIDDEN', 'Choose your name to get your goal sheet.')
    return memberGoalSheet(this.core, r.room.clientId, r.room.workshopId, memberId)
  }

  /** The room follows the session: its board as typed, its clock; the end of it ends the room. */
  private follow(e: EventEnvelope) {
    const r = this.running
    if (!r) return
    if (
      e.name === 'session:changed' &&
      e.payload.workshopId === r.room.workshopId &&
      e.payload.workshop
    ) {
      r.room.follow(e.payload.workshop)
      if (r.room.finished) return void this.stop('The session has ended.')
      r.server.broadcast()
    }
    if (e.name === 'session:live' && e.payload.workshopId === r.room.workshopId) {
      const { content } = e.payload
      if (content.kind === 'board') r.room.followBoard(content.board)
      if (content.kind === 'agreement') r.room.parts.followDraft(content)
      r.server.broadcast()
    }
    if (e.name === 'data:changed' && e.payload.clientId === r.room.clientId) this.reload(r)
  }

  /** The agreement or the follow-up changed on disk: read again, one read at a time. */
  private reloading: Promise<void> | null = null
  private again = false
  private reload(r: Running) {
    if (r.room.kind === 'goals') return
    if (this.reloading) return void (this.again = true)
    this.reloading = loadSessionFiles(this.core, r.room)
      .catch((e: Error) => console.error('[devices] reading the session files', e))
      .finally(() => {
        this.reloading = null
        if (this.running !== r) return
        r.server.broadcast()
        if (this.again) {
          this.again = false
          this.reload(r)
        }
      })
  }
}

const services = new WeakMap<AppCore, DeviceService>()

/**
 * The one device service of a core. The participant page is built next to the PDF worker
 * (out/participant beside out/worker), in the app and in the loopback host alike.
 */
export const devicesFor = (core: AppCore): DeviceService => {
  let service = services.get(core)
  if (!service) {
    const staticDir = join(dirname(core.options.pdfWorkerPath), '..', 'participant')
    service = new DeviceService(core, { staticDir })
    services.set(core, service)
  }
  return service
}

/** Tests give the service their own page folder and limits. */
export const configureDevices = async (
  core: AppCore,
  options: ConstructorParameters<typeof DeviceService>[1],
) => {
  await services.get(core)?.close()
  const service = new DeviceService(core, options)
  services.set(core, service)
  return service
}
