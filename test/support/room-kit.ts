import type { AppFailure } from '../../shared/api/result'

/** Ids in the shape the app makes, counted up, so a test's rooms are the same every run. */
export const idCounter = () => {
  let n = 0
  return () => `id-${String(++n).padStart(6, '0')}`
}

/** The code of the failure `f` throws, or 'ok': what a phone's call would be answered with. */
export const failureCode = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    return (e as AppFailure).code
  }
  return 'ok'
}
