/** What quitting needs from the app: stop the quit, close the library, then leave for real. */
export interface QuitSteps {
  /** Waits for pending saves, lets go of the library lock, stops the PDF worker. */
  close(): Promise<void>
  /** Leaves without asking again (Electron's app.exit). */
  exit(code: number): void
  log(message: string): void
  /** The longest a quit waits for saves; a disk that hangs must not keep the app open forever. */
  timeoutMs?: number
}

/**
 * The `before-quit` handler: the first quit is held back (preventDefault) until every pending save
 * reached the disk, then the app exits. Quitting again while it waits changes nothing.
 */
export const quitAfterSaving = (steps: QuitSteps) => {
  let state: 'open' | 'closing' | 'closed' = 'open'
  return (event: { preventDefault(): void }) => {
    if (state === 'closed') return
    event.preventDefault()
    if (state === 'closing') return
    state = 'closing'
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        steps.log('Quitting before every save finished: the disk did not answer in time.')
        resolve()
      }, steps.timeoutMs ?? 15_000)
    })
    const leave = () => {
      clearTimeout(timer)
      state = 'closed'
      steps.exit(0)
    }
    const closed = steps
      .close()
      .catch((e: Error) => steps.log(`Closing the library failed: ${e.message}`))
    // Whatever happened while closing, the app leaves: it was asked to quit.
    Promise.race([closed, timeout]).then(leave, leave)
  }
}
