import type { ClientSummary } from '../../../shared/library/client'

export type ClientSort = 'name' | 'updated' | 'created'
export type ArchiveFilter = 'active' | 'archived' | 'all'

/** Case- and accent-insensitive, so “zoe” finds “Zoë” and “lodz” finds “Łódź”. */
export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLocaleLowerCase()

export const filterClients = (
  clients: readonly ClientSummary[],
  query: string,
  show: ArchiveFilter,
  sort: ClientSort,
): ClientSummary[] => {
  const q = fold(query.trim())
  const shown = clients.filter(
    (c) =>
      (show === 'all' || (show === 'archived') === c.archived) &&
      (!q || fold(c.name).includes(q) || fold(c.industry).includes(q)),
  )
  const byName = (a: ClientSummary, b: ClientSummary) =>
    a.name.localeCompare(b.name, undefined, { sensitivity: 'base' })
  const compare: Record<ClientSort, (a: ClientSummary, b: ClientSummary) => number> = {
    name: byName,
    updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt) || byName(a, b),
    created: (a, b) => b.createdAt.localeCompare(a.createdAt) || byName(a, b),
  }
  return shown.sort(compare[sort])
}
