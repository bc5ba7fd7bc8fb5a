import type { ClientSummary } from '../../../shared/library/client'
import { hrefFor } from '../../lib/router'
import { dateOnly } from '../../lib/formats'

const dateFormat = dateOnly

export const ClientList = ({ clients }: { clients: ClientSummary[] }) => (
  <ul className="client-list" aria-label="Clients">
    {clients.map((c) => (
      <li key={c.id} className="card client-row">
        <a href={hrefFor({ screen: 'client', clientId: c.id })} className="client-name">
          {c.name}
        </a>
        <span className="hint">{c.industry}</span>
        <span>
          {c.memberCount} {c.memberCount === 1 ? 'member' : 'members'}
        </span>
        <span className="hint">Updated {dateFormat.format(new Date(c.updatedAt))}</span>
        {c.archived && <span className="badge">Archived</span>}
        {c.readOnly && <span className="badge badge-warning">Read-only</span>}
      </li>
    ))}
  </ul>
)
