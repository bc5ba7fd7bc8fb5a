import { useState } from 'react'
import type { AppError, Result } from '../../../shared/api/result'
import { useToast } from '../../components/Toasts'
import { api } from '../../lib/api'
import { navigate } from '../../lib/router'

/** Making and removing the sample client, each ending on the screen that shows the result. */
export const useSamples = () => {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const toast = useToast()

  const run = async <T>(call: () => Promise<Result<T>>, then: (value: T) => void) => {
    setBusy(true)
    setError(null)
    const r = await call()
    setBusy(false)
    if (r.ok) then(r.value)
    else setError(r.error)
  }

  return {
    busy,
    error,
    showSample: () =>
      run(
        () => api.call('samples:create', {}),
        ({ clientId }) => navigate({ screen: 'client', clientId }),
      ),
    removeSample: () =>
      run(
        () => api.call('samples:remove', {}),
        () => {
          navigate({ screen: 'library' })
          toast({
            message:
              'The sample is gone. The library was backed up just before, in Settings → Backups.',
          })
        },
      ),
  }
}
