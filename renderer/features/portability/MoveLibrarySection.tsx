import { useRef } from 'react'
import { ExportStatus } from './ExportStatus'
import { ImportOutcome } from './ImportOutcome'
import { ImportPicker } from './ImportPicker'
import { useExport } from './useExport'
import { useImport } from './useImport'
import './portability.css'

/** Settings: the library out to one file, and such a file in, previewed before anything changes. */
export const MoveLibrarySection = () => {
  const exporter = useExport(null)
  const importer = useImport()
  const picker = useRef<HTMLInputElement>(null)
  // The preview's buttons vanish with it: focus goes back to where a new import starts.
  const cancel = () => {
    importer.cancel()
    picker.current?.focus()
  }
  const busy =
    importer.state.step === 'reading' ||
    (importer.state.step === 'preview' && importer.state.importing)
  return (
    <section className="card" aria-labelledby="move-title">
      <h2 id="move-title">Move to another computer</h2>
      <p className="hint">
        Export the library to one file and import it on the other computer. Before an import changes
        anything it shows what it would do, asks when a document was changed in both places, and
        backs up the library.
      </p>
      <div className="row wrap move-actions">
        <button type="button" onClick={exporter.start} disabled={exporter.busy}>
          Export the whole library…
        </button>
        <ImportPicker onFile={importer.choose} disabled={busy} inputRef={picker} />
      </div>
      <ExportStatus state={exporter.state} />
      <ImportOutcome importer={importer} onCancel={cancel} />
    </section>
  )
}
