import type { SessionAction } from '../../../shared/api/contract'
import type { TimerState } from '../../../shared/workshop/timer'

interface Props {
  timer: TimerState
  blanked: boolean
  control: (action: SessionAction) => void
  openAudience: () => void
  toggleHelp: () => void
}

export const SessionControls = ({ timer, blanked, control, openAudience, toggleHelp }: Props) => {
  const finished = timer.status === 'finished'
  const main =
    timer.status === 'ready'
      ? 'Start'
      : timer.status === 'running'
        ? 'Pause'
        : timer.status === 'paused'
          ? 'Resume'
          : null
  return (
    <div className="session-controls" role="group" aria-label="Session controls">
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
          Next phase →
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
      <div className="row">
        <button
          type="button"
          onClick={() => control('toggleBlank')}
          aria-pressed={blanked}
          aria-keyshortcuts="B"
        >
          {blanked ? 'Show audience screen' : 'Blank audience screen'}
        </button>
        <button type="button" onClick={openAudience}>
          Open audience view
        </button>
      </div>
      <div className="row">
        {!finished && (
          <button type="button" className="danger" onClick={() => control('finish')}>
            Finish session
          </button>
        )}
        <button type="button" onClick={toggleHelp} aria-keyshortcuts="?">
          Keyboard shortcuts
        </button>
      </div>
    </div>
  )
}
