import type { ReactNode } from 'react'
import { SaveStatus } from '../../components/SaveStatus'
import type { SaveState } from './useAutosave'

interface Props {
  title: string
  back: { href: string; label: string }
  saveState: SaveState
  /** Links or buttons beside the title, e.g. "Open the summary" once finished. */
  actions?: ReactNode
  /** Refusals, save errors, read-only notes: above the board, never in the side column. */
  notices?: ReactNode
  /** The side column: clock, controls, projector (see ConsoleSide). */
  side: ReactNode
  children: ReactNode
}

/**
 * The one frame of every session console. The board scrolls on its own; the side column keeps
 * its place, so the clock and the controls are in view at any scroll position.
 */
export const ConsoleFrame = ({
  title,
  back,
  saveState,
  actions,
  notices,
  side,
  children,
}: Props) => (
  <main className="console" aria-label="Facilitator console">
    <div className="console-board">
      <header className="console-head row spread">
        <div>
          <a href={back.href}>← {back.label}</a>
          <h1>{title}</h1>
        </div>
        <SaveStatus state={saveState} />
        {actions}
      </header>
      {notices}
      {children}
    </div>
    {side}
  </main>
)
