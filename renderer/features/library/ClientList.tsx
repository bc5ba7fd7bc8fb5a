import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import type { ClientSummary } from '../../../shared/library/client'
import { hrefFor } from '../../lib/router'
import { dateOnly } from '../../lib/formats'

/** A row's height before it is measured; rows measure themselves once painted (names may wrap). */
const ROW_ESTIMATE_PX = 58
const ROW_GAP_PX = 8

const ClientRow = ({ client: c }: { client: ClientSummary }) => (
  <>
    <a href={hrefFor({ screen: 'client', clientId: c.id })} className="client-name">
      {c.name}
    </a>
    <span className="hint">{c.industry}</span>
    <span>
      {c.memberCount} {c.memberCount === 1 ? 'member' : 'members'}
    </span>
    <span className="hint">Updated {dateOnly.format(new Date(c.updatedAt))}</span>
    {c.archived && <span className="badge">Archived</span>}
    {c.readOnly && <span className="badge badge-warning">Read-only</span>}
  </>
)

/**
 * The library's clients, however many: only the rows in view (and a few either side) are in the
 * page, so ten thousand clients paint as fast as ten. Each row says its place in the whole list to
 * assistive technology, and tabbing through the links scrolls the next rows in.
 */
export const ClientList = ({ clients }: { clients: readonly ClientSummary[] }) => {
  const scroller = useRef<HTMLDivElement>(null)
  // The app is not built with the React Compiler, and nothing below memoizes what the virtualizer
  // returns: it is read afresh on every render, as TanStack Virtual intends.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rows = useVirtualizer({
    count: clients.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    getItemKey: (i) => clients[i]!.id,
    gap: ROW_GAP_PX,
    overscan: 6,
    // Before the first layout (and where there is none) a screenful is rendered, not nothing.
    initialRect: { width: 1000, height: 720 },
  })
  return (
    <div ref={scroller} className="client-scroller">
      <ul
        className="client-list"
        aria-label="Clients"
        style={{ height: rows.getTotalSize(), position: 'relative' }}
      >
        {rows.getVirtualItems().map((row) => (
          <li
            key={row.key}
            data-index={row.index}
            ref={rows.measureElement}
            aria-setsize={clients.length}
            aria-posinset={row.index + 1}
            className="card client-row"
            style={{ transform: `translateY(${row.start}px)` }}
          >
            <ClientRow client={clients[row.index]!} />
          </li>
        ))}
      </ul>
    </div>
  )
}
