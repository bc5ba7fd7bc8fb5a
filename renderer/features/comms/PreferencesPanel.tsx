import { Fragment, useState } from 'react'
import type { Channel, Score } from '../../../shared/comms/agreement'
import { RATING_STEPS } from '../../../shared/comms/agreement'
import { RATING_LABELS } from '../../../shared/comms/defaults'
import type { Ratings } from '../../../shared/comms/edits'
import { byDepartment, ratingOf, setRating } from '../../../shared/comms/edits'
import type { Participant } from '../../../shared/workshop/workshop'
import { HeatMap } from './HeatMap'

interface Props {
  participants: readonly Participant[]
  channels: readonly Channel[]
  ratings: Ratings
  onChange: (ratings: Ratings) => void
  readOnly: boolean
}

/** The worksheet: each person rates each channel, with an optional note on why. */
export const PreferencesPanel = ({
  participants,
  channels,
  ratings,
  onChange,
  readOnly,
}: Props) => {
  const [notesFor, setNotesFor] = useState<string | null>(null)
  const people = byDepartment(participants)
  return (
    <section className="card" aria-labelledby="prefs-title">
      <h3 id="prefs-title">How each person likes to be reached</h3>
      <p className="hint">
        From 1, never if I can help it, to 5, always. Notes say why, e.g. “calls break my focus
        before noon”.
      </p>
      <div className="table-scroll">
        <table className="pref-grid">
          <thead>
            <tr>
              <th scope="col">Person</th>
              {channels.map((c) => (
                <th key={c.id} scope="col">
                  {c.name}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Notes</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <Fragment key={p.memberId}>
                <tr>
                  <th scope="row">
                    {p.name} <span className={`dept dept-${p.department}`}>{p.department}</span>
                  </th>
                  {channels.map((c) => (
                    <ScoreCell
                      key={c.id}
                      person={p}
                      channel={c}
                      score={ratingOf(ratings, p.memberId, c.id).score}
                      readOnly={readOnly}
                      onChange={(score) =>
                        onChange(setRating(ratings, p.memberId, c.id, { score }))
                      }
                    />
                  ))}
                  <td>
                    <button
                      type="button"
                      className="ghost"
                      aria-expanded={notesFor === p.memberId}
                      aria-label={`Notes from ${p.name}`}
                      onClick={() => setNotesFor((n) => (n === p.memberId ? null : p.memberId))}
                    >
                      Notes
                    </button>
                  </td>
                </tr>
                {notesFor === p.memberId && (
                  <tr className="pref-notes">
                    <td colSpan={channels.length + 2}>
                      <div className="notes-grid">
                        {channels.map((c) => (
                          <label key={c.id} className="block">
                            {c.name}
                            <input
                              aria-label={`${p.name}: note on ${c.name}`}
                              maxLength={200}
                              readOnly={readOnly}
                              value={ratingOf(ratings, p.memberId, c.id).note}
                              onChange={(e) =>
                                onChange(
                                  setRating(ratings, p.memberId, c.id, { note: e.target.value }),
                                )
                              }
                            />
                          </label>
                        ))}
                      </div>
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Heat map</h3>
      <HeatMap participants={participants} ratings={ratings} channels={channels} />
    </section>
  )
}

const ScoreCell = ({
  person,
  channel,
  score,
  readOnly,
  onChange,
}: {
  person: Participant
  channel: Channel
  score: Score | null
  readOnly: boolean
  onChange: (score: Score | null) => void
}) => (
  <td data-score={score ?? 'none'}>
    <select
      aria-label={`${person.name}: ${channel.name}`}
      value={score ?? ''}
      disabled={readOnly}
      onChange={(e) => onChange(e.target.value === '' ? null : (Number(e.target.value) as Score))}
    >
      <option value="">–</option>
      {RATING_STEPS.map((s) => (
        <option key={s} value={s}>
          {s} · {RATING_LABELS[s]}
        </option>
      ))}
    </select>
  </td>
)
