type FailureListener = (message: string) => void

const listeners = new Set<FailureListener>()

/** The toasts listen here, so work that failed where nobody awaited it is still shown. */
export const onDetachedFailure = (listener: FailureListener): (() => void) => {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/**
 * Runs work that a click handler, a timer or an effect cannot await. Contract calls answer with a
 * Result and do not reject, so a rejection here is unexpected (the connection to the app broke, or
 * a bug): it is logged and shown to the person, never dropped as `void` would drop it.
 */
export const detach = (work: Promise<unknown> | void): void => {
  Promise.resolve(work).catch((e: unknown) => {
    console.error(e)
    const message = e instanceof Error ? e.message : String(e)
    for (const listener of listeners) listener(message)
  })
}
