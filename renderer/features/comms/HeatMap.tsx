import type { Channel } from '../../../shared/comms/agreement'
import { RATING_LABELS } from '../../../shared/comms/defaults'
import type { Ratings } from '../../../shared/comms/edits'
import { meanScore } from '../../../shared/comms/edits'
import { DEPARTMENT_LABELS } from '../../../shared/comms/resolver'
import type { Participant } from '../../../shared/workshop/workshop'

const GROUPS: Participant['department'][] = ['sales', 'marketing', 'management', 'other']

const labelOf = (score: number | null | undefined) =>
  typeof score === 'number' ? RATING_LABELS[score as keyof typeof RATING_LABELS] : 'Not rated'

/**
 * The team's ratings as colour and number, one block per department side by side, so the room
 * sees at a glance where sales and marketing differ. Colour never carries meaning alone.
 */
export const HeatMap = ({
  participants,
  ratings,
  channels,
}: {
  participants: readonly Participant[]
  ratings: Ratings
  channels: readonly Channel[]
}) => {
  const groups = GROUPS.map((d) => ({ d, people: participants.filter((p) => p.department === d) }))
    // Sales and marketing always show, even empty: the comparison is the point.
    .filter((g) => g.people.length > 0 || g.d === 'sales' || g.d === 'marketing')
  return (
    <div className="heat-map" aria-label="Heat map of channel preferences" role="group">
      {groups.map(({ d, people }) => (
        <table
          key={d}
          className={`heat heat-${d}`}
          aria-label={`${DEPARTMENT_LABELS[d]} preferences`}
        >
          <caption>
            {DEPARTMENT_LABELS[d]} <span className="hint">({people.length})</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Channel</th>
              {people.map((p) => (
                <th key={p.memberId} scope="col" className="heat-person" title={p.name}>
                  {p.name}
                </th>
              ))}
              <th scope="col">Average</th>
            </tr>
          </thead>
          <tbody>
            {channels.map((c) => {
              const mean = meanScore(ratings, people, c.id)
              return (
                <tr key={c.id} className={c.inUse ? undefined : 'heat-unused'}>
                  <th scope="row">{c.name}</th>
                  {people.map((p) => {
                    const score = ratings[p.memberId]?.[c.id]?.score
                    return (
                      <td
                        key={p.memberId}
                        data-score={score ?? 'none'}
                        aria-label={`${p.name}, ${c.name}: ${labelOf(score)}`}
                        title={labelOf(score)}
                      >
                        {score ?? '·'}
                      </td>
                    )
                  })}
                  <td
                    className="heat-mean"
                    data-score={mean === null ? 'none' : Math.round(mean)}
                    aria-label={`${DEPARTMENT_LABELS[d]} average, ${c.name}: ${mean === null ? 'not rated' : mean.toFixed(1)}`}
                  >
                    {mean === null ? '·' : mean.toFixed(1)}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ))}
    </div>
  )
}
