import { goalActivities, goalWarnings, participantName } from '../../../shared/workshop/board-rules'
import type { WorkshopFile } from '../../../shared/workshop/workshop'
import { ErrorNotice } from '../../components/ErrorNotice'
import { hrefFor } from '../../lib/router'
import { PrintPanel } from '../printing/PrintPanel'
import { KIND_LABELS, TAG_LABELS } from './labels'
import { useWorkshop } from '../session/useWorkshop'
import { PhaseTimes } from '../session/PhaseTimes'
import { RunForOtherTeam } from './RunForOtherTeam'
import { VoteRounds } from './VoteRounds'

const date = (d: string | null) => d ?? '—'

/** What the session produced, ready to read back to the room and to print. */
export const SummaryScreen = ({
  clientId,
  workshopId,
}: {
  clientId: string
  workshopId: string
}) => {
  const { state } = useWorkshop(clientId, workshopId)
  if (state.status === 'loading') return <main className="screen" aria-busy="true" />
  if (state.status === 'error')
    return (
      <main className="screen">
        <ErrorNotice error={state.error} />
      </main>
    )
  return <Summary workshop={state.view.workshop} />
}

const Summary = ({ workshop: w }: { workshop: WorkshopFile }) => {
  const { board, participants } = w
  const name = (id: string | null) => participantName(participants, id) ?? '—'
  const supporters = [...participants, ...(w.manager ? [w.manager] : [])]
  return (
    <main className="screen summary" aria-labelledby="summary-title">
      <a href={hrefFor({ screen: 'client', clientId: w.clientId })}>← Client</a>
      <div className="row spread">
        <h1 id="summary-title">Summary: {w.title}</h1>
        <a
          className="button"
          href={hrefFor({ screen: 'workshop', clientId: w.clientId, workshopId: w.id })}
        >
          Edit the board
        </a>
      </div>
      <section className="card" aria-label="Goals">
        <h2>Goals</h2>
        {board.goals.length === 0 && <p>No goals were set in this session.</p>}
        {board.goals.map((g, i) => (
          <article key={g.id} className="summary-goal">
            <h3>
              {i + 1}. {g.title || 'Untitled goal'}{' '}
              {!g.confirmed && <span className="badge">Draft</span>}
            </h3>
            <p>
              Met when: {g.criteria || '—'} · Begins {date(g.begins)} · Ends {date(g.ends)}
            </p>
            {goalWarnings(g, board, w.scope).map((x) => (
              <p key={x} className="notice notice-warning">
                {x}
              </p>
            ))}
            <table className="summary-table">
              <thead>
                <tr>
                  <th scope="col">Activity</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Team</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Due</th>
                </tr>
              </thead>
              <tbody>
                {goalActivities(g, board).map((a) => (
                  <tr key={a.id}>
                    <td>{a.text}</td>
                    <td>{KIND_LABELS[a.kind]}</td>
                    <td>{TAG_LABELS[a.tag]}</td>
                    <td>{name(a.ownerId)}</td>
                    <td>{date(a.dueDate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </article>
        ))}
      </section>
      <section className="card" aria-label="Commitments and support">
        <h2>Commitments and support</h2>
        <ul>
          {supporters.map((p) => {
            const c = board.commitments[p.memberId]
            const s = board.support[p.memberId]
            return (
              <li key={p.memberId}>
                <strong>{p.name}</strong>: {c?.text || 'no commitment recorded'}
                {c?.committed ? ' · committed' : ''}
                {s?.supported ? ' · supports the goals' : ''}
                {s?.note ? ` (“${s.note}”)` : ''}
              </li>
            )
          })}
        </ul>
        <p>Reviews: {board.reviewDates.filter(Boolean).join(' · ') || 'no dates set'}</p>
      </section>
      <VoteRounds workshop={w} />
      <PhaseTimes timer={w.timer} />
      <PrintPanel workshop={w} />
      <RunForOtherTeam workshop={w} />
    </main>
  )
}
