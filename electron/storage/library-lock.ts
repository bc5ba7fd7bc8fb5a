import { rm } from 'node:fs/promises'
import { AppFailure } from '../../shared/api/result'
import { writeFileDurable } from './durable-write'
import type { LockFileRead, LockRecord } from './lock-file'
import {
  createLockFile,
  lockIsLive,
  lockText,
  newLockRecord,
  readLockFile,
  removeDeadLock,
} from './lock-file'
import { codeOf } from './file-reads'
import { describeReadOnly } from './read-only-message'

/** Why this process may not write the library. */
export type ReadOnlyReason =
  { kind: 'locked'; holder: LockRecord | null } | { kind: 'not-writable'; code: string }

export interface LockOptions {
  appVersion: string
  /** How often the holder says it is alive, and a waiting process tries again. */
  heartbeatMs?: number
  /** A heartbeat older than this is a dead holder (another computer, or a hung process). */
  staleMs?: number
  now?: () => number
}

const DEFAULTS = { heartbeatMs: 20_000, staleMs: 90_000 }

/** Tokens of locks this process holds, by lock path: a second store on the same folder shares it. */
const held = new Map<string, { record: LockRecord; users: Set<LibraryLock> }>()
const ownTokens = () => new Set([...held.values()].map((h) => h.record.token))

type Attempt = { writable: true; record: LockRecord } | { writable: false; why: ReadOnlyReason }

const attempt = async (
  path: string,
  appVersion: string,
  now: number,
  staleMs: number,
): Promise<Attempt> => {
  const shared = held.get(path)
  const record = shared?.record ?? newLockRecord(appVersion, now)
  for (let tries = 0; tries < 5; tries++) {
    let found: LockFileRead | null
    try {
      if (await createLockFile(path, record)) return { writable: true, record }
      found = await readLockFile(path)
    } catch (e) {
      return { writable: false, why: { kind: 'not-writable', code: codeOf(e) ?? 'EIO' } }
    }
    if (found === null) continue
    if (found.record?.token === record.token) return { writable: true, record }
    if (lockIsLive(found.record, now, staleMs, ownTokens()))
      return { writable: false, why: { kind: 'locked', holder: found.record } }
    await removeDeadLock(path, found).catch(() => undefined)
  }
  return { writable: false, why: { kind: 'locked', holder: null } }
}

/**
 * One writer per library: the first process to open a data folder holds a lock file in it (its
 * process id, computer, app version and a heartbeat); any other opens the library read-only and
 * says who holds it. A lock whose process is gone, or whose heartbeat stopped, is taken over. The
 * holder checks on every heartbeat that the lock is still its own, and a waiting process tries
 * again, so each notices when the other leaves. `onChange` hears about both.
 */
export class LibraryLock {
  private state: Attempt
  private timer: NodeJS.Timeout | null = null
  /** The check in flight, if any: release waits for it, so none outlives the lock. */
  private checking: Promise<void> | null = null
  private readonly options: Required<LockOptions>

  private constructor(
    readonly path: string,
    options: LockOptions,
    first: Attempt,
    private readonly onChange: () => void,
  ) {
    this.options = { ...DEFAULTS, now: Date.now, ...options }
    this.state = first
    if (first.writable) this.join(first.record)
    this.timer = setInterval(() => {
      // One check at a time: on a stalled disk a check outlasts the interval, and two retries
      // racing would see the lock the other just took as someone else's.
      if (this.checking) return
      this.checking = this.tick()
        .catch((e: Error) => console.error(`The library lock could not be checked: ${e.message}`))
        .finally(() => (this.checking = null))
    }, this.options.heartbeatMs)
    this.timer.unref()
  }

  static async acquire(
    path: string,
    options: LockOptions,
    onChange: () => void = () => undefined,
  ): Promise<LibraryLock> {
    const { staleMs, now } = { ...DEFAULTS, now: Date.now, ...options }
    const first = await attempt(path, options.appVersion, now(), staleMs)
    return new LibraryLock(path, options, first, onChange)
  }

  get writable(): boolean {
    return this.state.writable
  }

  /** Null while this process writes the library; otherwise what a person is told. */
  get readOnlyMessage(): string | null {
    return this.state.writable ? null : describeReadOnly(this.state.why)
  }

  assertWritable(): void {
    if (!this.state.writable) throw new AppFailure('READ_ONLY', describeReadOnly(this.state.why))
  }

  async release(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    await this.checking
    if (!this.state.writable) return
    const shared = held.get(this.path)
    this.leave()
    if (!shared || shared.users.size > 0) return
    const found = await readLockFile(this.path).catch(() => null)
    if (found?.record?.token === shared.record.token) await rm(this.path, { force: true })
  }

  private join(record: LockRecord) {
    const shared = held.get(this.path) ?? { record, users: new Set<LibraryLock>() }
    shared.users.add(this)
    held.set(this.path, shared)
  }

  private leave() {
    const shared = held.get(this.path)
    shared?.users.delete(this)
    if (shared?.users.size === 0) held.delete(this.path)
  }

  private async tick(): Promise<void> {
    const wasWritable = this.state.writable
    this.state = this.state.writable ? await this.heartbeat(this.state.record) : await this.retry()
    if (this.state.writable !== wasWritable) this.onChange()
  }

  private async retry(): Promise<Attempt> {
    const { appVersion, now, staleMs } = this.options
    const next = await attempt(this.path, appVersion, now(), staleMs)
    if (next.writable) this.join(next.record)
    return next
  }

  /** Refreshes the heartbeat, only over our own lock; finding another's means this one was lost. */
  private async heartbeat(record: LockRecord): Promise<Attempt> {
    let found: LockFileRead | null
    try {
      found = await readLockFile(this.path)
    } catch {
      return this.state // a passing read error: the next beat tries again
    }
    if (found?.record?.token !== record.token) {
      // A lock file removed behind our back is made again at once; another's means we lost it.
      const { appVersion, now, staleMs } = this.options
      const again = found === null ? await attempt(this.path, appVersion, now(), staleMs) : null
      if (again?.writable) return again
      this.leave()
      return { writable: false, why: { kind: 'locked', holder: found?.record ?? null } }
    }
    const beat = { ...record, heartbeatAt: new Date(this.options.now()).toISOString() }
    try {
      await writeFileDurable(this.path, lockText(beat), { expected: found.print })
    } catch {
      return this.state
    }
    const shared = held.get(this.path)
    if (shared) shared.record = beat
    return { writable: true, record: beat }
  }
}
