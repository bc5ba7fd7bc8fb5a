import type { VoteRound } from '../../../shared/participants/voting'
import { participantName } from '../../../shared/workshop/board-rules'
import type { WorkshopFile } from '../../../shared/workshop/workshop'
import { useFormats } from '../../lib/formats'

/**
 * The dot votes taken from phones, kept with the session: per activity, the dots of each round.
 * Who put them there is shown only for rounds the facilitator ran as open voting.
 */
export const VoteRounds = ({ workshop: w }: { workshop: WorkshopFile }) => {
  const rounds = w.votes ?? []
  const formats = useFormats()
  if (rounds.length === 0) return null
  const ids = [...new Set(rounds.flatMap((r) => Object.keys(r.counts)))]
  const text = (id: string) =>
    w.board.activities.find((a) => a.id === id)?.text ?? 'A card no longer on the board'
  const total = (id: string) => rounds.reduce((s, r) => s + (r.counts[id] ?? 0), 0)
  const rows = ids.sort((a, b) => total(b) - total(a))
  return (
    <section className="card" aria-labelledby="vote-rounds-title">
      <h2 id="vote-rounds-title">Dot votes from phones</h2>
      <div className="table-scroll">
        <table className="summary-table" aria-label="Dots per activity and round">
          <thead>
            <tr>
              <th scope="col">Activity</th>
              {rounds.map((r, i) => (
                <th key={r.id} scope="col">
                  Round {i + 1}
                  <br />
                  <span className="hint">
                    {formats.dateTime(r.at)} · {r.dots} dots each · {r.ballots} voted ·{' '}
                    {r.open ? 'open voting' : 'secret voting'}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((id) => (
              <tr key={id}>
                <th scope="row">{text(id)}</th>
                {rounds.map((r) => (
                  <td key={r.id}>
                    <strong>{r.counts[id] ?? '—'}</strong>
                    <Voters round={r} activityId={id} workshop={w} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

const Voters = ({
  round,
  activityId,
  workshop,
}: {
  round: VoteRound
  activityId: string
  workshop: WorkshopFile
}) => {
  const voters = round.voters?.[activityId] ?? []
  if (voters.length === 0) return null
  const names = [...new Set(voters)].map(
    (id) => participantName(workshop.participants, id) ?? 'Someone',
  )
  return <span className="hint"> · {names.join(', ')}</span>
}
