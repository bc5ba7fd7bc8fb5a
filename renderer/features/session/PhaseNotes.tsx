import type { TimerPhase } from '../../../shared/workshop/timer'

/** The facilitator's cues for the phase (what to hand out, say and ask); never on the projector. */
export const PhaseNotes = ({ phase }: { phase: TimerPhase }) => (
  <section className="phase-notes" aria-labelledby="phase-notes-title">
    <h2 id="phase-notes-title">Your notes — only you see these</h2>
    <p className="console-prompt">
      <span className="hint">The room reads: </span>
      {phase.prompt || '—'}
    </p>
    {phase.notes ? (
      <p className="notes-text">{phase.notes}</p>
    ) : (
      <p className="hint">No notes for this phase; add them to the plan before the session.</p>
    )}
  </section>
)
