import type { LibraryProblem } from '../../shared/library/library'
import type { Settings } from '../../shared/library/settings'
import { moveAsideSync } from '../storage/move-aside'
import { readFailureReason } from '../storage/file-reads'
import type { SettingsBackend } from './settings-service'

/** What conf and electron-store have in common, as far as settings need. */
export interface SettingsFileStore {
  readonly path: string
  readonly store: Record<string, unknown>
  set(settings: Settings): void
}

/** Editors on Windows save UTF-8 with a byte-order mark; it is not part of the JSON. */
export const parseSettingsText = (text: string): unknown => JSON.parse(text.replace(/^\uFEFF/, ''))

const problem = (
  kind: LibraryProblem['kind'],
  movedTo: string | null,
  message: string,
): LibraryProblem => ({
  kind,
  file: 'settings.json',
  clientId: null,
  clientName: null,
  movedTo,
  message,
})

const reasonOf = (e: unknown) =>
  (e as Error)?.name === 'SyntaxError'
    ? 'it is not valid JSON'
    : (e as { code?: unknown })?.code
      ? readFailureReason(e)
      : 'it is not a settings file'

/** Settings that last until the app closes, when no settings file can be used at all. */
const memoryBackend = (path: string): SettingsBackend => ({
  path,
  read: () => ({}),
  write: () => undefined,
})

/**
 * Opens the settings file through `make` (conf or electron-store, with no schema of their own: a
 * field that is not valid, such as a theme a newer app added, falls back to its default alone in
 * SettingsService, and the chosen data folder survives). A file that cannot be used at all (not
 * JSON, a folder in its place, no permission) is moved aside for inspection and the app starts
 * with the defaults; if even that fails, the settings live in memory for this session. Either way
 * the app starts, and the library's health says what happened.
 */
export const openSettingsFile = (
  path: string,
  make: () => SettingsFileStore,
): { backend: SettingsBackend; problems: LibraryProblem[] } => {
  let first: unknown
  try {
    return { backend: fromStore(make()), problems: [] }
  } catch (e) {
    first = e
  }
  const reason = reasonOf(first)
  let movedTo: string | null = null
  try {
    movedTo = moveAsideSync(path)
    const backend = fromStore(make())
    const where = movedTo ? ` It was moved aside to ${movedTo}; the` : ' The'
    return {
      backend,
      problems: [
        problem(
          'corrupt',
          movedTo,
          `The settings file could not be read (${reason}).${where} default settings are used.`,
        ),
      ],
    }
  } catch {
    return {
      backend: memoryBackend(path),
      problems: [
        problem(
          'unreadable',
          movedTo,
          `The settings file could not be read (${reason}) and could not be replaced; the ` +
            'default settings are used and changes last until the app is closed.',
        ),
      ],
    }
  }
}

const fromStore = (store: SettingsFileStore): SettingsBackend => ({
  path: store.path,
  read: () => ({ ...store.store }),
  write: (settings: Settings) => store.set(settings),
})
