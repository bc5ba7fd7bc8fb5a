import { useEffect, useState } from 'react'
import type { Input, Output } from '../../../shared/api/contract'
import type { AppError } from '../../../shared/api/result'
import { api } from '../../lib/api'

export type PrintJob = Input<'pdf:export'>
type Warning = Output<'pdf:check'>['warnings'][number]

export type ExportState =
  | { step: 'idle' }
  | { step: 'checking' }
  /** Something will not print as typed; the facilitator decides before a file is written. */
  | { step: 'warned'; warnings: Warning[]; job: PrintJob }
  | { step: 'exporting'; done: number; total: number }
  | { step: 'saved'; path: string; pageCount: number; warnings: Warning[] }
  | { step: 'cancelled' }
  | { step: 'failed'; error: AppError }

/**
 * Check, then export: the check runs first so nobody discovers boxes instead of a colleague's
 * name on paper. Progress comes from the main side's `export:progress` events.
 */
export const usePdfExport = () => {
  const [state, setState] = useState<ExportState>({ step: 'idle' })

  useEffect(
    () =>
      api.on('export:progress', ({ done, total }) =>
        setState((s) => (s.step === 'exporting' ? { step: 'exporting', done, total } : s)),
      ),
    [],
  )

  const write = async (job: PrintJob) => {
    setState({ step: 'exporting', done: 0, total: 0 })
    const r = await api.call('pdf:export', job)
    if (!r.ok) return setState({ step: 'failed', error: r.error })
    const { path, pageCount, warnings } = r.value
    setState(path ? { step: 'saved', path, pageCount, warnings } : { step: 'cancelled' })
  }

  const start = async (job: PrintJob) => {
    setState({ step: 'checking' })
    const { clientId, workshopId, kind, memberId } = job
    const check = await api.call('pdf:check', { clientId, workshopId, kind, memberId })
    if (!check.ok) return setState({ step: 'failed', error: check.error })
    if (check.value.warnings.length > 0)
      return setState({ step: 'warned', warnings: check.value.warnings, job })
    await write(job)
  }

  const printAnyway = () => state.step === 'warned' && void write(state.job)
  const reset = () => setState({ step: 'idle' })

  return { state, start, printAnyway, reset }
}
