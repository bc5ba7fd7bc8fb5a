import { useId } from 'react'
import type { WorkshopFile } from '../../../shared/workshop/workshop'
import { ErrorNotice } from '../../components/ErrorNotice'
import { inDesktopApp } from '../../lib/api'
import { ExportOutcome } from './ExportOutcome'
import { FacilitatorName, useFacilitatorName } from './FacilitatorName'
import { PaperChoice, useDefaultPageSize } from './PaperChoice'
import { usePdfExport } from './usePdfExport'
import { detach } from '../../lib/detach'

/**
 * Before the clock starts: a goal sheet per person with their name, the client and the dates set
 * so far, and ruled space to write on, handed out as the session opens.
 */
export const HandoutPrint = ({ workshop: w }: { workshop: WorkshopFile }) => {
  const [pageSize, setPageSize] = useDefaultPageSize()
  const facilitator = useFacilitatorName()
  const { state, start, printAnyway, reset } = usePdfExport()
  const id = useId()
  const busy = state.step === 'checking' || state.step === 'exporting'
  const people = w.participants.length + (w.manager ? 1 : 0)
  return (
    <section className="handouts" aria-labelledby={id}>
      <h2 id={id}>Hand-outs for the start</h2>
      <p className="hint">
        A goal sheet for each of the {people} people, with their name and room to write.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          detach(
            facilitator.remember().then(() =>
              start({
                clientId: w.clientId,
                workshopId: w.id,
                kind: 'blank',
                memberId: null,
                pageSize: pageSize ?? 'A4',
                open: inDesktopApp,
              }),
            ),
          )
        }}
      >
        <PaperChoice value={pageSize} onChange={setPageSize} />
        <FacilitatorName facilitator={facilitator} />
        <button type="submit" disabled={busy || pageSize === null}>
          {inDesktopApp ? 'Save blank goal sheets…' : 'Export blank goal sheets'}
        </button>
      </form>
      {state.step === 'failed' && <ErrorNotice error={state.error} title="Not exported." />}
      <ExportOutcome state={state} onPrintAnyway={printAnyway} onBack={reset} />
    </section>
  )
}
