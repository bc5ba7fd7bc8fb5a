import type { SessionAction } from '../../../shared/api/contract'
import type { TimerState } from '../../../shared/workshop/timer'
import * as timer from '../../../shared/workshop/timer'
import type { WorkshopFile } from '../../../shared/workshop/workshop'
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

const blankSteps: Partial<Record<SessionAction, (blanked: boolean) => boolean>> = {
  blank: () => true,
  unblank: () => false,
  toggleBlank: (b) => !b,
}

export const sessionHandlers: HandlerGroup<'session:control' | 'session:openAudience'> = (
  core,
) => ({
  'session:control': async ({ clientId, workshopId, action, noLaterThan }) => {
    const saved = await core.workshops.update(clientId, workshopId, (w): WorkshopFile => {
      const now = core.now()
      const step = timerSteps[action]
      const blank = blankSteps[action]
      const next = step ? step(w.timer, now.getTime(), core.minuteMs, noLaterThan ?? null) : w.timer
      const blanked = blank ? blank(w.audienceBlanked) : w.audienceBlanked
      if (next === w.timer && blanked === w.audienceBlanked) return w
      return { ...w, timer: next, audienceBlanked: blanked, updatedAt: now.toISOString() }
    })
    sessionChanged(core, saved)
    return saved
  },
  'session:openAudience': async ({ clientId, workshopId }) => ({
    opened: await core.options.openAudience(clientId, workshopId),
  }),
})
