import type { ReactNode } from 'react'
import type { WorkshopFile } from '../../../shared/workshop/workshop'
import { ClockJumpNotice } from './ClockJumpNotice'
import { FinishDialog } from './FinishDialog'
import { NoLaterThan } from './NoLaterThan'
import { PhaseClock } from './PhaseClock'
import { LivePhaseTimes } from './PhaseTimes'
import { PhaseNotes } from './PhaseNotes'
import { ProjectorPanel } from './ProjectorPanel'
import { SessionControls } from './SessionControls'
import { ShortcutHelp } from './ShortcutHelp'
import type { ConsoleState } from './useConsole'

interface Props {
  workshop: WorkshopFile
  console: ConsoleState
  /** What the item in the spotlight is called on this board, for the facilitator. */
  spotlightLabel?: string | null
  /** More panels for this kind of session (or a later feature), below the projector's. */
  children?: ReactNode
}

/**
 * The facilitator's column, never projected. Its top (phase, clock, controls, what is next) stays
 * in view whatever the board scrolls to; notes and the projector's controls scroll below it.
 */
export const ConsoleSide = ({ workshop, console: c, spotlightLabel = null, children }: Props) => {
  const { timer } = workshop
  const phase = timer.phases[timer.index]!
  const finished = timer.status === 'finished'
  const upNext = finished ? undefined : timer.phases[timer.index + 1]
  return (
    <aside className="console-side" aria-label="Clock and controls">
      <div className="console-side-top">
        <p className="phase-label">
          Phase {timer.index + 1} of {timer.phases.length} · <strong>{phase.name}</strong>
          {timer.status === 'paused' && <span className="badge">Paused</span>}
          {finished && <span className="badge">Finished</span>}
        </p>
        <PhaseClock
          timer={timer}
          size="console"
          warnAtSeconds={c.warnAtSeconds}
          chime={c.soundOn}
        />
        <SessionControls timer={timer} blanked={workshop.audienceBlanked} control={c.control} />
        <p className="up-next" aria-label="Up next (only you see this)">
          {upNext ? (
            <>
              <span className="hint">Up next: </span>
              <strong>{upNext.name}</strong> · {Math.round(upNext.plannedMs / 1000 / 60) || '<1'}{' '}
              min
            </>
          ) : (
            <span className="hint">{finished ? 'The session is finished.' : 'Last phase.'}</span>
          )}
        </p>
      </div>
      <div className="console-side-more">
        <ClockJumpNotice />
        <PhaseNotes phase={phase} />
        <NoLaterThan value={timer.noLaterThan} onChange={(at) => c.control('setNoLaterThan', at)} />
        <LivePhaseTimes timer={timer} />
        <ProjectorPanel
          stage={c.stage}
          blanked={workshop.audienceBlanked}
          spotlightLabel={spotlightLabel}
          cue={c.cue}
          whiten={() => c.control('toggleWhite')}
          openAudience={c.openAudience}
        />
        {children}
        <div className="row wrap">
          {!finished && (
            <button type="button" className="danger" onClick={() => c.control('finish')}>
              Finish session
            </button>
          )}
          <button type="button" onClick={() => c.setHelp((h) => !h)} aria-keyshortcuts="?">
            Keyboard shortcuts
          </button>
        </div>
        {c.help && <ShortcutHelp onClose={() => c.setHelp(false)} />}
      </div>
      <FinishDialog open={c.askFinish} onConfirm={c.finish} onCancel={c.cancelFinish} />
    </aside>
  )
}
