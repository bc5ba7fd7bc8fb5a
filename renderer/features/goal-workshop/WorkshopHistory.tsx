import type { WorkshopSummary } from '../../../shared/workshop/workshop'
import { api } from '../../lib/api'
import { hrefFor } from '../../lib/router'
import { useApiData } from '../../lib/useApiData'
import { dateOnly } from '../../lib/formats'

const when = dateOnly
const STATUS: Record<WorkshopSummary['status'], string> = {
  ready: 'Not started',
  running: 'Running',
  paused: 'Paused',
  finished: 'Finished',
}

/** The client's workshops, newest first, each with the goals it produced. */
export const WorkshopHistory = ({
  clientId,
  canStart,
}: {
  clientId: string
  canStart: boolean
}) => {
  const all = useApiData(() => api.call('workshops:list', { clientId }), clientId, { clientId })
  // Builder sessions belong to their agreement and are listed there.
  const list =
    all.status === 'ready' ? { ...all, value: all.value.filter((w) => w.kind === 'goals') } : all
  return (
    <section className="card" aria-labelledby="history-title">
      <div className="row spread">
        <h2 id="history-title">Goal workshops</h2>
        {canStart && (
          <a className="button primary" href={hrefFor({ screen: 'workshop-new', clientId })}>
            New goal workshop
          </a>
        )}
      </div>
      {list.status === 'ready' && list.value.length === 0 && (
        <p className="hint">
          No workshops yet. A goal workshop takes fifteen minutes with one team, or with sales and
          marketing together.
        </p>
      )}
      {list.status === 'ready' && list.value.length > 0 && (
        <ul className="workshop-list" aria-label="Workshops">
          {list.value.map((w) => (
            <li key={w.id}>
              <a
                href={hrefFor({
                  screen: w.status === 'finished' ? 'workshop-summary' : 'workshop',
                  clientId,
                  workshopId: w.id,
                })}
              >
                {w.title}
              </a>{' '}
              <span className="hint">
                {when.format(new Date(w.createdAt))} · {STATUS[w.status]} · {w.participantCount}{' '}
                people
              </span>
              {w.status !== 'finished' && (
                <>
                  {' '}
                  <a
                    href={hrefFor({ screen: 'workshop-summary', clientId, workshopId: w.id })}
                    aria-label={`Summary and printing: ${w.title}`}
                  >
                    Summary and printing
                  </a>
                </>
              )}
              {w.goalTitles.length > 0 && (
                <span className="hint"> · Goals: {w.goalTitles.filter(Boolean).join('; ')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
