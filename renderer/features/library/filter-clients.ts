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

/**
 * The list in one order, each client with its folded name and industry worked out once: built when
 * the library or the order changes, never per key press, so a search over 10,000 clients is a
 * substring test per client. The folding waits for the first search (or an idle moment, see
 * LibraryScreen): the list's first paint needs only the order.
 */
export interface ClientIndex {
  sorted: readonly ClientSummary[]
  folded(): readonly string[]
}

const byName = (a: ClientSummary, b: ClientSummary) =>
  a.name.localeCompare(b.name, undefined, { sensitivity: 'base' })
const COMPARE: Record<ClientSort, (a: ClientSummary, b: ClientSummary) => number> = {
  name: byName,
  updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt) || byName(a, b),
  created: (a, b) => b.createdAt.localeCompare(a.createdAt) || byName(a, b),
}

export const indexClients = (clients: readonly ClientSummary[], sort: ClientSort): ClientIndex => {
  // One collator for the whole sort: localeCompare builds one per call, slow at 10,000 clients.
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' })
  const compare: typeof byName =
    sort === 'name' ? (a, b) => collator.compare(a.name, b.name) : COMPARE[sort]
  const sorted = [...clients].sort(compare)
  let folded: readonly string[] | null = null
  // A separator that folding never produces keeps a query from matching across name and industry.
  const foldAll = () => (folded ??= sorted.map((c) => `${fold(c.name)}\u0000${fold(c.industry)}`))
  return { sorted, folded: foldAll }
}

export const searchIndex = (
  index: ClientIndex,
  query: string,
  show: ArchiveFilter,
): ClientSummary[] => {
  const q = fold(query.trim())
  const folded = q ? index.folded() : []
  const out: ClientSummary[] = []
  index.sorted.forEach((c, i) => {
    if (show !== 'all' && (show === 'archived') !== c.archived) return
    if (!q || folded[i]!.includes(q)) out.push(c)
  })
  return out
}

export const filterClients = (
  clients: readonly ClientSummary[],
  query: string,
  show: ArchiveFilter,
  sort: ClientSort,
): ClientSummary[] => searchIndex(indexClients(clients, sort), query, show)
