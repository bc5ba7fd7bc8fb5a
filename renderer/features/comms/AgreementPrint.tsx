import { useId, useState } from 'react'
import type { AgreementFile } from '../../../shared/comms/agreement'
import { ErrorNotice } from '../../components/ErrorNotice'
import { inDesktopApp } from '../../lib/api'
import { ExportOutcome } from '../printing/ExportOutcome'
import { PaperChoice, useDefaultPageSize } from '../printing/PaperChoice'
import { useAgreementPdf } from './useAgreementPdf'
import { detach } from '../../lib/detach'

/** The printed agreement: a published version for signatures, or the draft to discuss. */
export const AgreementPrint = ({ agreement }: { agreement: AgreementFile }) => {
  const latest = agreement.versions.at(-1)?.number ?? null
  // A new version becomes the default again; a choice holds until then.
  const [picked, setPicked] = useState<{ version: number | null; atLatest: number | null } | null>(
    null,
  )
  const version = picked && picked.atLatest === latest ? picked.version : latest
  const setVersion = (v: number | null) => setPicked({ version: v, atLatest: latest })
  const [pageSize, setPageSize] = useDefaultPageSize()
  const [open, setOpen] = useState(true)
  const { state, start, reset } = useAgreementPdf()
  const ids = useId()

  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    detach(
      start({
        clientId: agreement.clientId,
        agreementId: agreement.id,
        version,
        pageSize: pageSize ?? 'A4',
        open: inDesktopApp && open,
      }),
    )
  }
  return (
    <section className="card print-panel" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>Print the agreement</h3>
      <form className="print-form" onSubmit={submit}>
        <div className="row wrap">
          <label>
            Version
            <select
              value={version ?? ''}
              onChange={(e) => setVersion(e.target.value ? Number(e.target.value) : null)}
            >
              {[...agreement.versions].reverse().map((v) => (
                <option key={v.number} value={v.number}>
                  Version {v.number}
                </option>
              ))}
              <option value="">Current draft</option>
            </select>
          </label>
          <PaperChoice value={pageSize} onChange={setPageSize} />
        </div>
        <p className="hint">
          Level × channel table, response times and escalation, everyone’s hours and off-grid times,
          acknowledgement lines, and a “how to reach me” card per person.
        </p>
        {inDesktopApp && (
          <label className="inline">
            <input type="checkbox" checked={open} onChange={(e) => setOpen(e.target.checked)} />
            Open it in the PDF viewer once saved
          </label>
        )}
        <button
          type="submit"
          className="primary"
          disabled={state.step === 'exporting' || pageSize === null}
        >
          {inDesktopApp ? 'Save agreement as PDF…' : 'Export agreement PDF'}
        </button>
      </form>
      {state.step === 'failed' && <ErrorNotice error={state.error} title="Not exported." />}
      <ExportOutcome state={state} onPrintAnyway={reset} onBack={reset} />
    </section>
  )
}
