/** The two calls of Electron's powerSaveBlocker that keeping a display awake needs. */
export interface PowerBlocker {
  start(type: 'prevent-display-sleep'): number
  stop(id: number): void
}

/**
 * Keeps the display awake while any session clock runs, so the projector never dims mid-phase;
 * lets it sleep again once none runs. Tracks each session on its own, so pausing one of two
 * running sessions keeps the display awake.
 */
export class KeepAwake {
  private readonly running = new Set<string>()
  private blocker: number | null = null

  constructor(private readonly power: PowerBlocker) {}

  /** The latest state of one session's clock. */
  update(sessionId: string, isRunning: boolean): void {
    if (isRunning) this.running.add(sessionId)
    else this.running.delete(sessionId)
    if (this.running.size > 0 && this.blocker === null)
      this.blocker = this.power.start('prevent-display-sleep')
    if (this.running.size === 0 && this.blocker !== null) {
      this.power.stop(this.blocker)
      this.blocker = null
    }
  }

  get blocking(): boolean {
    return this.blocker !== null
  }
}
