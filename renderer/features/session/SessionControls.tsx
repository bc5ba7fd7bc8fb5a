import type { SessionAction } from '../../../shared/api/contract'
import type { TimerState } from '../../../shared/workshop/timer'

interface Props {
  timer: TimerState
  blanked: boolean
  control: (action: SessionAction) => void
}

/** The controls that must never scroll away: the clock's, and blanking the projector. */
export const SessionControls = ({ timer, blanked, control }: Props) => {
  const finished = timer.status === 'finished'
  const main =
    timer.status === 'ready'
      ? 'Start'
      : timer.status === 'running'
        ? 'Pause'
        : timer.status === 'paused'
          ? 'Resume'
          : null
  const last = timer.index === timer.phases.length - 1
  return (
    <div className="session-controls" role="group" aria-label="Session controls">
      <div className="row">
        {main && (
          <button
            type="button"
            className="primary big"
            onClick={() => control('toggle')}
            aria-keyshortcuts="Space"
          >
            {main}
          </button>
        )}
        <button
          type="button"
          onClick={() => control('toggleBlank')}
          aria-pressed={blanked}
          aria-keyshortcuts="B"
        >
          {blanked ? 'Show audience screen' : 'Blank audience screen'}
        </button>
      </div>
      <div className="row">
        <button
          type="button"
          onClick={() => control('previous')}
          aria-keyshortcuts="ArrowLeft PageUp"
          disabled={timer.status === 'ready'}
        >
          ← Previous phase
        </button>
        <button
          type="button"
          onClick={() => control('next')}
          aria-keyshortcuts="ArrowRight PageDown"
          disabled={finished}
        >
          {last ? 'Finish… →' : 'Next phase →'}
        </button>
      </div>
      <div className="row">
        <button
          type="button"
          onClick={() => control('removeMinute')}
          aria-keyshortcuts="-"
          disabled={finished}
        >
          −1 min
        </button>
        <button
          type="button"
          onClick={() => control('addMinute')}
          aria-keyshortcuts="+"
          disabled={finished}
        >
          +1 min
        </button>
      </div>
    </div>
  )
}
