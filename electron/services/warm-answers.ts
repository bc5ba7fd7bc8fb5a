import { dispatch } from './dispatch'
import type { Handlers } from './handlers/types'

/** What the first screen asks for before anything else (see renderer/ask-early.ts). */
const FIRST_CALLS = ['settings:get', 'settings:formats', 'clients:list', 'library:health'] as const

/**
 * Answers the first screen's calls once, for nobody, while its window is still loading: the
 * answers that are kept (the client list and its check) are then ready, and the code that makes
 * them is already compiled, when the window asks. Cold, the four took about 200 ms to answer a
 * freshly started host; warm, a few milliseconds. Failures are left to the real calls to report.
 */
export const warmFirstAnswers = async (handlers: Handlers): Promise<void> => {
  for (const name of FIRST_CALLS) await dispatch(handlers, name, {}).catch(() => undefined)
}
