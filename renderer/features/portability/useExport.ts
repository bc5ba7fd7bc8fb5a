import { useState } from 'react'
import type { AppError } from '../../../shared/api/result'
import type { ExportResult } from '../../../shared/portability/portability-api'
import { api } from '../../lib/api'
import { detach } from '../../lib/detach'

export type ExportState =
  | { step: 'idle' }
  | { step: 'exporting' }
  | { step: 'saved'; result: ExportResult & { path: string } }
  | { step: 'cancelled' }
  | { step: 'failed'; error: AppError }

/** The whole library (clientId null) or one client, as one file through the save dialog. */
export const useExport = (clientId: string | null) => {
  const [state, setState] = useState<ExportState>({ step: 'idle' })
  const start = async () => {
    setState({ step: 'exporting' })
    const r = await api.call('portability:export', { clientId })
    if (!r.ok) return setState({ step: 'failed', error: r.error })
    const { path } = r.value
    setState(
      path === null ? { step: 'cancelled' } : { step: 'saved', result: { ...r.value, path } },
    )
  }
  return { state, start: () => detach(start()), busy: state.step === 'exporting' }
}
