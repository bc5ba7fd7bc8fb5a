import type { SessionAction } from '../../../shared/api/contract'
import type { Stage } from '../../../shared/workshop/stage'
import type { TimerState } from '../../../shared/workshop/timer'
import * as timer from '../../../shared/workshop/timer'
import type { WorkshopFile } from '../../../shared/workshop/workshop'
import type { AppCore } from '../app-core'
import type { HandlerGroup } from './types'
import { sessionChanged } from './workshops'

type TimerStep = (
  t: TimerState,
  now: number,
  minuteMs: number,
  noLaterThan: number | null,
) => TimerState

/** Clock actions run in the main process with its clock and are on disk before the answer returns. */
const timerSteps: Partial<Record<SessionAction, TimerStep>> = {
  start: (t, now) => timer.start(t, now),
  pause: (t, now) => timer.pause(t, now),
  resume: (t, now) => timer.resume(t, now),
  toggle: (t, now) => timer.toggle(t, now),
  next: (t, now) => timer.next(t, now),
  previous: (t, now) => timer.previous(t, now),
  finish: (t, now) => timer.finish(t, now),
  addMinute: (t, now, minute) => timer.adjustCurrent(t, minute, now),
  removeMinute: (t, now, minute) => timer.adjustCurrent(t, -minute, now),
  setNoLaterThan: (t, _now, _m, at) => timer.setNoLaterThan(t, at),
}

type Screen = { blanked: boolean; tone: Stage['blankTone'] }

/** B and "." black the screen, W and "," whiten it; the same key again shows the board. */
const blankSteps: Partial<Record<SessionAction, (s: Screen) => Screen>> = {
  blank: () => ({ blanked: true, tone: 'black' }),
  unblank: (s) => ({ ...s, blanked: false }),
  toggleBlank: (s) =>
    s.blanked && s.tone === 'black' ? { ...s, blanked: false } : { blanked: true, tone: 'black' },
  toggleWhite: (s) =>
    s.blanked && s.tone === 'white' ? { ...s, blanked: false } : { blanked: true, tone: 'white' },
}

/** The latest moment a session's clock recorded: session time must not run behind it. */
export const lastRecorded = (t: TimerState) =>
  Math.max(t.runningSince ?? 0, t.startedAt ?? 0, t.finishedAt ?? 0)

const stageAfter = (
  core: AppCore,
  before: WorkshopFile,
  after: WorkshopFile,
  tone: Screen['tone'],
) => {
  const stage = core.stage.stage(after.id)
  const phaseMoved = before.timer.index !== after.timer.index
  // A new phase starts on its first board page with nothing in the spotlight.
  const next: Stage = phaseMoved
    ? { ...stage, blankTone: tone, page: 0, spotlight: null }
    : { ...stage, blankTone: tone }
  if (JSON.stringify(next) === JSON.stringify(stage)) return
  core.stage.set(after.id, next)
  core.emit({
    name: 'session:stage',
    payload: { clientId: after.clientId, workshopId: after.id, stage: next },
  })
}

export const sessionHandlers: HandlerGroup<'session:control' | 'session:openAudience'> = (
  core,
) => ({
  'session:control': async ({ clientId, workshopId, action, noLaterThan }) => {
    let before: WorkshopFile | null = null
    let announced: WorkshopFile | null = null
    let tone = core.stage.stage(workshopId).blankTone
    const saved = await core.workshops
      .update(clientId, workshopId, (w): WorkshopFile => {
        before = w
        core.sessionClock.notBefore(lastRecorded(w.timer))
        const now = core.sessionClock.now()
        const step = timerSteps[action]
        const next = step ? step(w.timer, now, core.minuteMs, noLaterThan ?? null) : w.timer
        const screen = blankSteps[action]?.({ blanked: w.audienceBlanked, tone }) ?? {
          blanked: w.audienceBlanked,
          tone,
        }
        tone = screen.tone
        if (next === w.timer && screen.blanked === w.audienceBlanked) return w
        const changed = {
          ...w,
          timer: next,
          audienceBlanked: screen.blanked,
          updatedAt: core.now().toISOString(),
        }
        // The room sees a pause or a blank screen at once, with the revision the file is about to
        // get; the durable write follows a few milliseconds later.
        announced = { ...changed, revision: w.revision + 1 }
        stageAfter(core, w, announced, tone)
        sessionChanged(core, announced)
        return changed
      })
      .catch((e: unknown) => {
        // Not saved after all: the screens go back to what is on disk, under a revision they take.
        if (before && announced) sessionChanged(core, { ...before, revision: announced.revision })
        throw e
      })
    if (!announced && before) {
      // Nothing to save (a black screen asked for twice), but the tone may have changed.
      stageAfter(core, before, saved, tone)
      sessionChanged(core, saved)
    }
    return saved
  },
  'session:openAudience': async ({ clientId, workshopId, fullScreen }) => {
    const opened = await core.options.openAudience(clientId, workshopId)
    const present = fullScreen && core.options.presentAudience
    return { opened, fullScreen: present ? await present() : false }
  },
})
