import { useId, useState } from 'react'
import type { AppError } from '../../../shared/api/result'
import { ErrorNotice } from '../../components/ErrorNotice'
import { api, inDesktopApp } from '../../lib/api'
import { FacilitatorName, useFacilitatorName } from '../printing/FacilitatorName'
import { PaperChoice, useDefaultPageSize } from '../printing/PaperChoice'
import { detach } from '../../lib/detach'

type State =
  | { step: 'idle' | 'busy' }
  | { step: 'done'; path: string | null; pageCount: number }
  | { step: 'failed'; error: AppError }

/** One PDF to send the client after the engagement: everything from the sessions to the trends. */
export const ReportExport = ({ clientId }: { clientId: string }) => {
  const [pageSize, setPageSize] = useDefaultPageSize()
  const facilitator = useFacilitatorName()
  const [state, setState] = useState<State>({ step: 'idle' })
  const id = useId()
  const save = async () => {
    setState({ step: 'busy' })
    await facilitator.remember()
    const r = await api.call('pdf:report', {
      clientId,
      pageSize: pageSize ?? 'A4',
      open: inDesktopApp,
    })
    setState(r.ok ? { step: 'done', ...r.value } : { step: 'failed', error: r.error })
  }
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>Engagement report (PDF)</h2>
      <p className="hint">
        For the client after the engagement: sessions held, goals and their status, reviews and
        adjustments, the alignment trend and completion charts, the heat map, the agreement,
        cross-training and open commitments, with a contents page.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          detach(save())
        }}
      >
        <PaperChoice value={pageSize} onChange={setPageSize} />
        <FacilitatorName facilitator={facilitator} />
        <button type="submit" className="primary" disabled={state.step === 'busy' || !pageSize}>
          {inDesktopApp ? 'Save engagement report…' : 'Export engagement report'}
        </button>
      </form>
      <div role="status" className="export-result">
        {state.step === 'busy' && <p>Writing the report…</p>}
        {state.step === 'done' &&
          (state.path ? (
            <p className="notice notice-success">
              Saved {state.pageCount} pages to <code className="saved-path">{state.path}</code>
            </p>
          ) : (
            <p>Not saved: the save dialog was closed.</p>
          ))}
      </div>
      {state.step === 'failed' && <ErrorNotice error={state.error} title="Not exported." />}
    </section>
  )
}
