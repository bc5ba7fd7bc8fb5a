import { clockAnnouncement } from '../../../shared/workshop/clock-announcement'
import type { WorkshopFile } from '../../../shared/workshop/workshop'
import { HandoutPrint } from '../printing/HandoutPrint'
import { ClockFace, SessionTotals } from './ClockFace'
import { NoLaterThan } from './NoLaterThan'
import { SessionControls } from './SessionControls'
import { ShortcutHelp } from './ShortcutHelp'
import type { ConsoleState } from './useConsole'
import { detach } from '../../lib/detach'

/** The facilitator's clock column: phase, time, controls, and what comes next (never projected). */
export const ConsoleSide = ({
  workshop,
  console: { now, control, openAudience, help, setHelp },
}: {
  workshop: WorkshopFile
  console: ConsoleState
}) => {
  const { timer } = workshop
  const phase = timer.phases[timer.index]!
  const upNext = timer.phases[timer.index + 1]
  return (
    <aside className="console-side" aria-label="Clock and controls">
      <p className="phase-label">
        Phase {timer.index + 1} of {timer.phases.length} · <strong>{phase.name}</strong>
        {timer.status === 'paused' && <span className="badge">Paused</span>}
        {timer.status === 'finished' && <span className="badge">Finished</span>}
      </p>
      <ClockFace timer={timer} now={now} size="console" />
      {/* The clock itself is silent to screen readers; this speaks once a minute and at changes. */}
      <p className="visually-hidden" role="status" aria-live="polite" aria-label="Clock updates">
        {clockAnnouncement(timer, now)}
      </p>
      <SessionTotals timer={timer} now={now} />
      <NoLaterThan
        value={timer.noLaterThan}
        onChange={(at) => detach(control('setNoLaterThan', at))}
      />
      <p className="console-prompt">{phase.prompt}</p>
      <SessionControls
        timer={timer}
        blanked={workshop.audienceBlanked}
        control={(a) => detach(control(a))}
        openAudience={() => detach(openAudience())}
        toggleHelp={() => setHelp((h) => !h)}
      />
      {upNext && (
        <section className="up-next" aria-label="Up next (only you see this)">
          <h2>Up next — only you see this</h2>
          <p>
            <strong>{upNext.name}</strong>: {upNext.prompt}
          </p>
        </section>
      )}
      {workshop.kind === 'goals' && timer.status === 'ready' && (
        <HandoutPrint workshop={workshop} />
      )}
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
    </aside>
  )
}
