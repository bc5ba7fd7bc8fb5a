import type { Cue, LiveMessage, OnAir, Stage } from '../../shared/workshop/stage'
import { applyCue, emptyStage } from '../../shared/workshop/stage'

const KEEP_SESSIONS = 20

/**
 * The projector's side of a running app: which session the console has open, each session's cues
 * and the last unsaved board the console sent. Kept in memory only: after a restart the projector
 * shows the stored sessions, idle until the console opens one again.
 */
export class SessionStage {
  private onAir: Omit<OnAir, 'stage' | 'live'> | null = null
  private readonly stages = new Map<string, Stage>()
  private readonly live = new Map<string, LiveMessage>()

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
    this.stages.delete(workshopId)
    this.stages.set(workshopId, stage)
    if (this.stages.size > KEEP_SESSIONS) this.stages.delete(this.stages.keys().next().value!)
    return stage
  }

  /** Keeps the newest board per session; returns false for a message older than the one held. */
  receive(message: LiveMessage): boolean {
    const held = this.live.get(message.workshopId)
    if (held && held.stamp.source === message.stamp.source && held.stamp.seq > message.stamp.seq)
      return false
    this.live.delete(message.workshopId)
    this.live.set(message.workshopId, message)
    if (this.live.size > KEEP_SESSIONS) this.live.delete(this.live.keys().next().value!)
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
