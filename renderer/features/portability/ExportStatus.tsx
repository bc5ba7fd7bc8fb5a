import { ErrorNotice } from '../../components/ErrorNotice'
import { plural } from './labels'
import type { ExportState } from './useExport'

/** Where the file went and what it holds; files this version cannot read are named, not hidden. */
export const ExportStatus = ({ state }: { state: ExportState }) => {
  if (state.step === 'exporting') return <p role="status">Exporting…</p>
  if (state.step === 'cancelled')
    return <p role="status">Not exported: the save dialog was closed.</p>
  if (state.step === 'failed')
    return <ErrorNotice error={state.error} title="Nothing was exported." />
  if (state.step !== 'saved') return null
  const { path, clientCount, documentCount, skipped } = state.result
  return (
    <div role="status" className="notice notice-success">
      <p>
        Exported {plural(clientCount, 'client')} ({plural(documentCount, 'document')}) to{' '}
        <code className="saved-path">{path}</code>
      </p>
      {skipped.length > 0 && (
        <>
          <p>
            Left out, because this version of the app cannot read{' '}
            {skipped.length === 1 ? 'it' : 'them'}:
          </p>
          <ul>
            {skipped.map((s) => (
              <li key={s.path}>
                “{s.title}”: {s.reason} <span className="hint">({s.path})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
