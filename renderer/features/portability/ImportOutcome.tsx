import { ErrorNotice } from '../../components/ErrorNotice'
import { ImportPreviewPanel } from './ImportPreviewPanel'
import { ImportResultNotice } from './ImportResultNotice'
import type { useImport } from './useImport'

/** Whatever the import is at: reading, refused, the preview, or done. */
export const ImportOutcome = ({
  importer,
  onCancel,
}: {
  importer: ReturnType<typeof useImport>
  onCancel: () => void
}) => {
  const { state } = importer
  switch (state.step) {
    case 'idle':
      return null
    case 'reading':
      return <p role="status">Checking “{state.fileName}”…</p>
    case 'refused':
      return <ErrorNotice error={state.error} title={`“${state.fileName}” was not imported.`} />
    case 'preview':
      return <ImportPreviewPanel state={state} importer={importer} onCancel={onCancel} />
    case 'done':
      return <ImportResultNotice fileName={state.fileName} result={state.result} />
    case 'cancelled':
      return <p role="status">Nothing was imported from “{state.fileName}”.</p>
  }
}
