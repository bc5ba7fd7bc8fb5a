import { useState } from 'react'
import type { Cue, Stage } from '../../../shared/workshop/stage'
import { inDesktopApp } from '../../lib/api'

interface Props {
  stage: Stage
  blanked: boolean
  spotlightLabel: string | null
  cue: (cue: Cue) => void
  whiten: () => void
  openAudience: (fullScreen: boolean) => void
}

/** Everything about the projector that is not the clock: the window, pages, spotlight, banner. */
export const ProjectorPanel = ({
  stage,
  blanked,
  spotlightLabel,
  cue,
  whiten,
  openAudience,
}: Props) => {
  const [message, setMessage] = useState('')
  const send = (e: React.FormEvent) => {
    e.preventDefault()
    if (message.trim()) cue({ type: 'message', text: message.trim() })
  }
  return (
    <section className="projector-panel" aria-labelledby="projector-title">
      <h2 id="projector-title">Projector</h2>
      <div className="row wrap">
        <button type="button" onClick={() => openAudience(false)}>
          Open audience view
        </button>
        {inDesktopApp && (
          <button type="button" onClick={() => openAudience(true)} aria-keyshortcuts="F5">
            Full screen on the second display
          </button>
        )}
      </div>
      <div className="row wrap" role="group" aria-label="Board pages on the projector">
        <button
          type="button"
          onClick={() => cue({ type: 'page', by: -1 })}
          aria-keyshortcuts="ArrowUp"
        >
          ↑ Previous page
        </button>
        <button
          type="button"
          onClick={() => cue({ type: 'page', by: 1 })}
          aria-keyshortcuts="ArrowDown"
        >
          ↓ Next page
        </button>
        <button
          type="button"
          onClick={whiten}
          aria-pressed={blanked && stage.blankTone === 'white'}
          aria-keyshortcuts="W"
        >
          White screen
        </button>
      </div>
      {spotlightLabel && (
        <p className="spotlight-status">
          In the spotlight: <strong>{spotlightLabel}</strong>{' '}
          <button type="button" onClick={() => cue({ type: 'spotlight', item: null })}>
            Stop the spotlight
          </button>
        </p>
      )}
      <form className="wrap-up" onSubmit={send} aria-label="Message to the room">
        <label>
          Message to the room
          <input
            value={message}
            maxLength={200}
            placeholder="Two minutes: time to wrap up"
            onChange={(e) => setMessage(e.target.value)}
          />
        </label>
        <div className="row">
          <button type="submit" disabled={!message.trim()}>
            Show on the projector
          </button>
          {stage.message && (
            <button type="button" onClick={() => cue({ type: 'message', text: null })}>
              Take it down
            </button>
          )}
        </div>
        {stage.message && <p className="hint">Showing: “{stage.message}”</p>}
      </form>
    </section>
  )
}
