import { EVERY_SCREEN_FIRST, LIBRARY_FIRST } from '../../shared/api/first-calls'
import { dispatch } from './dispatch'
import type { Handlers } from './handlers/types'

/**
 * Answers the first screen's calls once, for nobody, while its window is still loading: the
 * answers that are kept (the client list and its check) are then ready, and the code that makes
 * them is already compiled, when the window asks. Cold, the four took about 200 ms to answer a
 * freshly started host; warm, a few milliseconds. A failure comes back as a result, as to the
 * window's own call, which reports it.
 */
export const warmFirstAnswers = async (handlers: Handlers): Promise<void> => {
  for (const name of [...EVERY_SCREEN_FIRST, ...LIBRARY_FIRST]) await dispatch(handlers, name, {})
}
