import { useState } from 'react'
import type { AgreementTerms } from '../../../shared/comms/agreement'
import type { Ratings } from '../../../shared/comms/edits'
import {
  addChannel,
  channelNameProblem,
  meanScore,
  removeChannel,
  updateChannel,
} from '../../../shared/comms/edits'
import type { Participant } from '../../../shared/workshop/workshop'

const randomSuffix = () => Math.random().toString(36).slice(2, 8)

interface Props {
  terms: AgreementTerms
  participants: readonly Participant[]
  ratings: Ratings
  onChange: (change: (t: AgreementTerms) => AgreementTerms) => void
  readOnly: boolean
}

/** Which channels this team uses, with what the room thinks of each, and its own tools added. */
export const ChannelsPanel = ({ terms, participants, ratings, onChange, readOnly }: Props) => {
  const [name, setName] = useState('')
  const [fast, setFast] = useState(true)
  const [problem, setProblem] = useState<string | null>(null)
  const add = (e: React.FormEvent) => {
    e.preventDefault()
    const why = channelNameProblem(terms, name)
    setProblem(why)
    if (why) return
    onChange((t) => addChannel(t, name, fast, randomSuffix))
    setName('')
  }
  return (
    <section className="card" aria-labelledby="channels-title">
      <h3 id="channels-title">Channels this team uses</h3>
      <table className="channel-table">
        <thead>
          <tr>
            <th scope="col">Channel</th>
            <th scope="col">In use</th>
            <th scope="col">Read within minutes</th>
            <th scope="col">Team average</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {terms.channels.map((c) => {
            const mean = meanScore(ratings, participants, c.id)
            return (
              <tr key={c.id}>
                <th scope="row">{c.name}</th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Use ${c.name}`}
                    checked={c.inUse}
                    disabled={readOnly}
                    onChange={(e) =>
                      onChange((t) => updateChannel(t, c.id, { inUse: e.target.checked }))
                    }
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${c.name} is read within minutes`}
                    checked={c.fast}
                    disabled={readOnly}
                    onChange={(e) =>
                      onChange((t) => updateChannel(t, c.id, { fast: e.target.checked }))
                    }
                  />
                </td>
                <td>{mean === null ? 'not rated' : `${mean.toFixed(1)} of 5`}</td>
                <td>
                  {!c.builtIn && !readOnly && (
                    <button
                      type="button"
                      className="ghost"
                      aria-label={`Remove ${c.name}`}
                      onClick={() => onChange((t) => removeChannel(t, c.id))}
                    >
                      Remove
                    </button>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <p className="hint">
        A channel that is switched off stays on the list but no level or person can rely on it.
        “Read within minutes” decides whether a channel is fit for urgent messages.
      </p>
      {!readOnly && (
        <form className="row wrap" onSubmit={add} aria-label="Add a channel">
          <label>
            New channel
            <input
              value={name}
              maxLength={120}
              placeholder="e.g. Team chat"
              onChange={(e) => setName(e.target.value)}
              aria-invalid={problem !== null}
              aria-describedby={problem ? 'channel-problem' : undefined}
            />
          </label>
          <label className="inline">
            <input type="checkbox" checked={fast} onChange={(e) => setFast(e.target.checked)} />
            Read within minutes
          </label>
          <button type="submit">Add channel</button>
          {problem && (
            <p id="channel-problem" className="field-error" role="alert">
              {problem}
            </p>
          )}
        </form>
      )}
    </section>
  )
}
