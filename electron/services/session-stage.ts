import { applyBoardPatch } from '../../shared/workshop/board-patch'
import type {
  Cue,
  LiveMessage,
  LiveStamp,
  LiveUpdate,
  OnAir,
  Stage,
} from '../../shared/workshop/stage'
import { applyCue, emptyStage } from '../../shared/workshop/stage'
import { Board } from '../../shared/workshop/workshop'

const KEEP_SESSIONS = 20

/** Puts the session's entry last, and forgets the oldest session past KEEP_SESSIONS. */
const remember = <T>(map: Map<string, T>, workshopId: string, value: T) => {
  map.delete(workshopId)
  map.set(workshopId, value)
  if (map.size > KEEP_SESSIONS) map.delete(map.keys().next().value!)
}

/**
 * The projector's side of a running app: which session the console has open, each session's cues
 * and the last unsaved board the console sent. Kept in memory only: after a restart the projector
 * shows the stored sessions, idle until the console opens one again.
 */
export class SessionStage {
  private onAir: Omit<OnAir, 'stage' | 'live'> | null = null
  private readonly stages = new Map<string, Stage>()
  private readonly live = new Map<string, LiveMessage>()
  /** The last board each session's console sent, kept past its save: its next change builds on it. */
  private readonly boards = new Map<string, { stamp: LiveStamp; board: Board }>()

  current(): OnAir | null {
    if (!this.onAir) return null
    const id = this.onAir.workshopId
    return {
      ...this.onAir,
      stage: id ? this.stage(id) : emptyStage(),
      live: id ? (this.live.get(id) ?? null) : null,
    }
  }

  /**
   * The console opened a session, or a client's page with none open. A page of the client already
   * on the projector leaves it as it is (the facilitator may glance at follow-up mid-session); a
   * page of another client blanks it to that client's idle screen: never one client's board while
   * working with another.
   */
  follow(clientId: string, clientName: string, workshopId: string | null): boolean {
    const was = this.onAir
    if (!workshopId && was?.clientId === clientId) return false
    if (was?.clientId === clientId && was.workshopId === workshopId) return false
    this.onAir = { clientId, clientName, workshopId }
    return true
  }

  stage(workshopId: string): Stage {
    return this.stages.get(workshopId) ?? emptyStage()
  }

  cue(workshopId: string, cue: Cue): Stage {
    const stage = this.stage(workshopId)
    return this.set(workshopId, applyCue(stage, cue))
  }

  set(workshopId: string, stage: Stage): Stage {
    remember(this.stages, workshopId, stage)
    return stage
  }

  /**
   * The whole message a console's update stands for: a board change applied to the board it
   * changes, checked as a board. Null when that board is not the one held here (after a restart,
   * or a board another window sent since): the console then sends its board whole.
   */
  resolve(update: Omit<LiveMessage, 'content'> & { content: LiveUpdate }): LiveMessage | null {
    const { content, stamp } = update
    if (content.kind !== 'boardPatch') return { ...update, content }
    const held = this.boards.get(update.workshopId)
    if (!held || held.stamp.source !== stamp.source || held.stamp.seq !== content.base) return null
    const board = Board.safeParse(applyBoardPatch(held.board, content.patch))
    return board.success ? { ...update, content: { kind: 'board', board: board.data } } : null
  }

  /** Keeps the newest board per session; returns false for a message older than the one held. */
  receive(message: LiveMessage): boolean {
    const held = this.live.get(message.workshopId)
    if (held && held.stamp.source === message.stamp.source && held.stamp.seq > message.stamp.seq)
      return false
    remember(this.live, message.workshopId, message)
    if (message.content.kind === 'board')
      remember(this.boards, message.workshopId, {
        stamp: message.stamp,
        board: message.content.board,
      })
    return true
  }

  /** A save landed: the live board it covers is no longer news. */
  saved(workshopId: string, stamp: { source: string; seq: number }) {
    const held = this.live.get(workshopId)
    if (held && (stamp.source !== held.stamp.source || stamp.seq >= held.stamp.seq))
      this.live.delete(workshopId)
  }

  /** True when the projector was on that client, which now shows nothing of it. */
  forget(clientId: string): boolean {
    if (this.onAir?.clientId !== clientId) return false
    this.onAir = null
    return true
  }
}
