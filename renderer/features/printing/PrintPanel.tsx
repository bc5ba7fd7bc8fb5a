import { useId, useState } from 'react'
import type { WorkshopFile } from '../../../shared/workshop/workshop'
import { ErrorNotice } from '../../components/ErrorNotice'
import { inDesktopApp } from '../../lib/api'
import { ExportOutcome } from './ExportOutcome'
import { FacilitatorName, useFacilitatorName } from './FacilitatorName'
import { PaperChoice, useDefaultPageSize } from './PaperChoice'
import type { PrintJob } from './usePdfExport'
import { usePdfExport } from './usePdfExport'
import { detach } from '../../lib/detach'

type Kind = PrintJob['kind']

/** Printed goal sheets for the wall and the review: the team summary, one person, or everyone. */
export const PrintPanel = ({ workshop: w }: { workshop: WorkshopFile }) => {
  const people = [...w.participants, ...(w.manager ? [w.manager] : [])]
  const [kind, setKind] = useState<Kind>('all')
  const [memberId, setMemberId] = useState(people[0]?.memberId ?? '')
  const [pageSize, setPageSize] = useDefaultPageSize()
  const [open, setOpen] = useState(true)
  const { state, start, printAnyway, reset } = usePdfExport()
  const facilitator = useFacilitatorName()
  const ids = useId()

  const busy = state.step === 'checking' || state.step === 'exporting'
  const submit = async () => {
    await facilitator.remember()
    await start({
      clientId: w.clientId,
      workshopId: w.id,
      kind,
      memberId: kind === 'member' ? memberId : null,
      pageSize: pageSize ?? 'A4',
      open: inDesktopApp && open,
    })
  }

  return (
    <section className="card print-panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Print goal sheets</h2>
      <form
        className="print-form"
        onSubmit={(e) => {
          e.preventDefault()
          detach(submit())
        }}
      >
        <fieldset>
          <legend>What to print</legend>
          <label className="inline">
            <input
              type="radio"
              name={`${ids}-kind`}
              checked={kind === 'all'}
              onChange={() => setKind('all')}
            />
            Everything: team summary and a goal sheet for each of the {people.length} people
          </label>
          <label className="inline">
            <input
              type="radio"
              name={`${ids}-kind`}
              checked={kind === 'summary'}
              onChange={() => setKind('summary')}
            />
            Team summary only
          </label>
          <div className="row">
            <label className="inline">
              <input
                type="radio"
                name={`${ids}-kind`}
                checked={kind === 'member'}
                onChange={() => setKind('member')}
                disabled={people.length === 0}
              />
              One person’s goal sheet (the manager’s asks for their support)
            </label>
            <label>
              <span className="visually-hidden">Person</span>
              <select
                aria-label="Person"
                value={memberId}
                disabled={kind !== 'member'}
                onChange={(e) => setMemberId(e.target.value)}
              >
                {people.map((p) => (
                  <option key={p.memberId} value={p.memberId}>
                    {p.name}
                    {p.memberId === w.manager?.memberId ? ' (manager)' : ''}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <label className="inline">
            <input
              type="radio"
              name={`${ids}-kind`}
              checked={kind === 'blank'}
              onChange={() => setKind('blank')}
            />
            Blank sheets to fill in by hand, one per person
          </label>
        </fieldset>
        <PaperChoice value={pageSize} onChange={setPageSize} />
        <FacilitatorName facilitator={facilitator} />
        {inDesktopApp && (
          <label className="inline">
            <input type="checkbox" checked={open} onChange={(e) => setOpen(e.target.checked)} />
            Open it in the PDF viewer once saved
          </label>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={busy || pageSize === null}>
            {inDesktopApp ? 'Save PDF…' : 'Export PDF'}
          </button>
          {!inDesktopApp && (
            <span className="hint">Saved into the exports folder inside the data folder.</span>
          )}
        </div>
      </form>
      {state.step === 'checking' && <p role="status">Checking that every name will print…</p>}
      {state.step === 'failed' && <ErrorNotice error={state.error} title="Not exported." />}
      <ExportOutcome state={state} onPrintAnyway={printAnyway} onBack={reset} />
    </section>
  )
}
