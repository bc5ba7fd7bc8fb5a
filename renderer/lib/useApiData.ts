import { useEffect, useRef, useState } from 'react'
import type { AppError, Result } from '../../shared/api/result'
import { api } from './api'
import type { DataDeps } from './data-deps'
import { isAffectedBy } from './data-deps'
import { detach } from './detach'

export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  /** `refreshError`: the last refetch failed; `value` is what was loaded before it. */
  | { status: 'ready'; value: T; refreshError?: AppError }

/** After a failed refetch the good data stays on screen; only a first load can fail to error. */
export const settle = <T>(previous: Loadable<T>, result: Result<T>): Loadable<T> => {
  if (result.ok) return { status: 'ready', value: result.value }
  if (previous.status === 'ready')
    return { status: 'ready', value: previous.value, refreshError: result.error }
  return { status: 'error', error: result.error }
}

/**
 * Loads through the contract and loads again when the main side says data it reads changed
 * (`deps`: see data-deps.ts), so every window shows what is on disk without refetching every
 * query on screen for every save. `key` names what is loaded: a new key loads afresh. Only the
 * newest request's answer is shown, whatever order the answers arrive in.
 */
export const useApiData = <T>(
  load: () => Promise<Result<T>>,
  key: string,
  deps: DataDeps,
): Loadable<T> => {
  // The key each state belongs to: another client's data is not this one's "good data".
  const [state, setState] = useState<{ key: string; loaded: Loadable<T> }>({
    key,
    loaded: { status: 'loading' },
  })
  const latestLoad = useRef(load)
  const latestDeps = useRef(deps)
  useEffect(() => {
    latestLoad.current = load
    latestDeps.current = deps
  })

  useEffect(() => {
    let live = true
    let newest = 0
    const run = () => {
      const asked = ++newest
      detach(
        latestLoad.current().then((r) => {
          if (!live || asked !== newest) return
          setState((previous) => ({
            key,
            loaded: settle(previous.key === key ? previous.loaded : { status: 'loading' }, r),
          }))
        }),
      )
    }
    // Listen first, then load: a change saved in between is then never missed.
    const off = api.on('data:changed', (change) => {
      if (isAffectedBy(latestDeps.current, change)) run()
    })
    run()
    return () => {
      live = false
      off()
    }
  }, [key])

  return state.key === key ? state.loaded : { status: 'loading' }
}
