import type { ExportState } from './usePdfExport'

/** Warnings before the file is written, progress while it is built, and where it went. */
export const ExportOutcome = ({
  state,
  onPrintAnyway,
  onBack,
}: {
  state: ExportState
  onPrintAnyway: () => void
  onBack: () => void
}) => {
  if (state.step === 'warned')
    return (
      <div className="notice notice-warning" role="alert">
        <strong>Some text will not print as typed.</strong>
        <ul>
          {state.warnings.map((w) => (
            <li key={w.kind}>
              {w.message} <span className="hint">Example: {w.sample}</span>
            </li>
          ))}
        </ul>
        <div className="row">
          <button type="button" className="primary" onClick={onPrintAnyway}>
            Print anyway
          </button>
          <button type="button" onClick={onBack}>
            Go back and edit
          </button>
        </div>
      </div>
    )
  if (state.step === 'exporting')
    return (
      <div className="row">
        <progress
          aria-label="Building the PDF"
          max={Math.max(state.total, 1)}
          value={state.total ? state.done : undefined}
        />
        <span className="hint" aria-hidden="true">
          {state.total ? `Sheet ${state.done} of ${state.total}` : 'Starting…'}
        </span>
      </div>
    )
  if (state.step === 'saved')
    return (
      <div role="status" className="notice notice-success">
        <p>
          Saved {state.pageCount} {state.pageCount === 1 ? 'page' : 'pages'} to{' '}
          <code className="saved-path">{state.path}</code>
        </p>
        {state.warnings.map((w) => (
          <p key={w.kind} className="hint">
            Printed with a replacement: {w.message}
          </p>
        ))}
      </div>
    )
  if (state.step === 'cancelled') return <p role="status">Not saved: the save dialog was closed.</p>
  return null
}
