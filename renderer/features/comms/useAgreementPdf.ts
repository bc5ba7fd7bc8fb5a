import { useEffect, useState } from 'react'
import type { Input } from '../../../shared/api/contract'
import { api } from '../../lib/api'
import type { ExportState } from '../printing/usePdfExport'

/** The printed agreement: no pre-check step, since replacements are reported with the result. */
export const useAgreementPdf = () => {
  const [state, setState] = useState<ExportState>({ step: 'idle' })
  useEffect(
    () =>
      api.on('export:progress', ({ done, total }) =>
        setState((s) => (s.step === 'exporting' ? { step: 'exporting', done, total } : s)),
      ),
    [],
  )
  const start = async (job: Input<'pdf:agreement'>) => {
    setState({ step: 'exporting', done: 0, total: 0 })
    const r = await api.call('pdf:agreement', job)
    if (!r.ok) return setState({ step: 'failed', error: r.error })
    const { path, pageCount, warnings } = r.value
    setState(path ? { step: 'saved', path, pageCount, warnings } : { step: 'cancelled' })
  }
  return { state, start, reset: () => setState({ step: 'idle' }) }
}
