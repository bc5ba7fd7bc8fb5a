import type { EventPayload } from '../../shared/api/events'

/**
 * What a query on screen reads, so a change elsewhere does not refetch it:
 * - `settings`: the settings (and the data folder they point at);
 * - `library`: something across clients (the client list, a restore preview);
 * - `folder`: the data folder as a whole (its backups), changed by a restore, an import, a switch;
 * - `{ clientId }`: one client's documents;
 * - `everything`: any change at all (the default, for a query that spans everything).
 */
export type DataDeps = 'settings' | 'library' | 'folder' | { clientId: string } | 'everything'

type DataChange = EventPayload<'data:changed'>

/** Whether `change` can alter what a query that reads `deps` shows. */
export const isAffectedBy = (deps: DataDeps, change: DataChange): boolean => {
  if (deps === 'everything') return true
  // A whole-library change (another folder, a restore, samples) touches everything it holds.
  const wholeLibrary = change.scope === 'library'
  if (deps === 'folder') return wholeLibrary
  if (deps === 'settings') return change.scope === 'settings' || wholeLibrary
  // A list across clients shows each client's name and counts: any client's change can move it.
  if (deps === 'library') return wholeLibrary || change.scope === 'client'
  return wholeLibrary || (change.scope === 'client' && change.clientId === deps.clientId)
}
