import { useEffect, useRef, useState } from 'react'
import type { AppError, Result } from '../../shared/api/result'
import { api } from './api'
import { detach } from './detach'

export type Loadable<T> =
  { status: 'loading' } | { status: 'error'; error: AppError } | { status: 'ready'; value: T }

/**
 * Loads through the contract and loads again whenever the main side says data changed, so every
 * window (and the audience view) shows what is on disk. `key` names what is loaded: a new key
 * loads again.
 */
export const useApiData = <T>(load: () => Promise<Result<T>>, key: string) => {
  const [state, setState] = useState<Loadable<T>>({ status: 'loading' })
  const latestLoad = useRef(load)
  useEffect(() => {
    latestLoad.current = load
  })

  useEffect(() => {
    let live = true
    const run = () =>
      detach(
        latestLoad.current().then((r) => {
          if (live)
            setState(
              r.ok ? { status: 'ready', value: r.value } : { status: 'error', error: r.error },
            )
        }),
      )
    // Listen first, then load: a change saved in between is then never missed.
    const off = api.on('data:changed', run)
    run()
    return () => {
      live = false
      off()
    }
  }, [key])

  return state
}
