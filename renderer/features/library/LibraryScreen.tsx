import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { ErrorNotice } from '../../components/ErrorNotice'
import { api } from '../../lib/api'
import { useApiData } from '../../lib/useApiData'
import { LibrarySampleNotice } from '../onboarding/SampleNotice'
import { StartGuide } from '../onboarding/StartGuide'
import { ClientList } from './ClientList'
import type { ArchiveFilter, ClientSort } from './filter-clients'
import { indexClients, searchIndex } from './filter-clients'
import { LibraryProblems } from './LibraryProblems'
import { NewClientForm } from './NewClientForm'

export const LibraryScreen = () => {
  const clients = useApiData(() => api.call('clients:list', {}), '', 'library')
  const health = useApiData(() => api.call('library:health', {}), '', 'library')
  const [query, setQuery] = useState('')
  const [show, setShow] = useState<ArchiveFilter>('active')
  const [sort, setSort] = useState<ClientSort>('name')
  const reading = health.status === 'ready' ? health.value.reading : undefined
  const all = useMemo(() => (clients.status === 'ready' ? clients.value : []), [clients])
  // The index is built when the library or the order changes; a key press only searches it, and
  // at a lower priority than the key's own paint, so typing stays quick with 10,000 clients.
  const index = useMemo(() => indexClients(all, sort), [all, sort])
  // Folded for searching once the list has painted, so the first key finds it ready.
  useEffect(() => {
    const idle = requestIdleCallback(() => index.folded(), { timeout: 2_000 })
    return () => cancelIdleCallback(idle)
  }, [index])
  const searched = useDeferredValue(query)
  const shown = useMemo(() => searchIndex(index, searched, show), [index, searched, show])

  return (
    <main className="screen" aria-labelledby="library-title">
      <h1 id="library-title">Clients</h1>
      {health.status === 'ready' && <LibraryProblems problems={health.value.problems} />}
      <NewClientForm />
      {clients.status === 'error' && (
        <ErrorNotice error={clients.error} title="The library could not be read." />
      )}
      {reading && (
        <p className="notice" role="status" aria-label="Reading the library">
          Reading client files: {reading.done.toLocaleString()} of {reading.total.toLocaleString()}.
          The list fills in as they are read; everything else works meanwhile.
        </p>
      )}
      {clients.status === 'ready' && all.length === 0 && !reading && <StartGuide />}
      <LibrarySampleNotice clients={all} />
      {all.length > 0 && (
        <>
          <div className="row wrap toolbar" role="search">
            <label>
              Search clients
              <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
            </label>
            <label>
              Sort by
              <select value={sort} onChange={(e) => setSort(e.target.value as ClientSort)}>
                <option value="name">Name</option>
                <option value="updated">Last changed</option>
                <option value="created">Newest first</option>
              </select>
            </label>
            <label>
              Show
              <select value={show} onChange={(e) => setShow(e.target.value as ArchiveFilter)}>
                <option value="active">Active clients</option>
                <option value="archived">Archived clients</option>
                <option value="all">All clients</option>
              </select>
            </label>
          </div>
          {shown.length > 0 ? (
            <ClientList clients={shown} />
          ) : (
            <p className="hint" role="status">
              No {show === 'archived' ? 'archived ' : ''}clients match
              {searched ? ` “${searched}”` : ''}.
            </p>
          )}
        </>
      )}
    </main>
  )
}
