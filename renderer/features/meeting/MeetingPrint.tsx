import { useState } from 'react'
import type { WorkshopFile } from '../../../shared/workshop/workshop'
import type { AppError } from '../../../shared/api/result'
import { ErrorNotice } from '../../components/ErrorNotice'
import { api, inDesktopApp } from '../../lib/api'
import { PaperChoice, useDefaultPageSize } from '../printing/PaperChoice'

/** The printed action-plan summary, for the wall and for the next meeting. */
export const MeetingPrint = ({ workshop }: { workshop: WorkshopFile }) => {
  const [pageSize, setPageSize] = useDefaultPageSize()
  const [state, setState] = useState<
    { step: 'idle' | 'busy' | 'cancelled' } | { step: 'saved'; path: string; pages: number }
  >({ step: 'idle' })
  const [error, setError] = useState<AppError | null>(null)
  const print = async (e: React.FormEvent) => {
    e.preventDefault()
    setState({ step: 'busy' })
    const r = await api.call('pdf:actionPlan', {
      clientId: workshop.clientId,
      workshopId: workshop.id,
      pageSize: pageSize ?? 'A4',
      open: inDesktopApp,
    })
    setError(r.ok ? null : r.error)
    if (!r.ok) return setState({ step: 'idle' })
    setState(
      r.value.path
        ? { step: 'saved', path: r.value.path, pages: r.value.pageCount }
        : { step: 'cancelled' },
    )
  }
  return (
    <section className="card print-panel" aria-labelledby="meeting-print-title">
      <h2 id="meeting-print-title">Print the action plan</h2>
      <form className="row wrap" onSubmit={print}>
        <PaperChoice value={pageSize} onChange={setPageSize} />
        <button type="submit" className="primary" disabled={state.step === 'busy' || !pageSize}>
          {inDesktopApp ? 'Save action plan as PDF…' : 'Export action plan PDF'}
        </button>
      </form>
      {state.step === 'busy' && <p role="status">Building the PDF…</p>}
      {state.step === 'saved' && (
        <p role="status" className="notice notice-success">
          Saved {state.pages} {state.pages === 1 ? 'page' : 'pages'} to{' '}
          <code className="saved-path">{state.path}</code>
        </p>
      )}
      {state.step === 'cancelled' && <p role="status">Not saved: the save dialog was closed.</p>}
      {error && <ErrorNotice error={error} title="Not exported." />}
    </section>
  )
}
