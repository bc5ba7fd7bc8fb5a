import { detach } from '../../lib/detach'
import { useState } from 'react'
import type { DeviceStatus } from '../../../shared/participants/facilitator'
import type { DeviceActions } from './useDeviceActions'

/** Dot voting on the board's activities: open, close, reveal; the tally stays hidden until then. */
export const VotingControls = ({
  status,
  actions,
}: {
  status: DeviceStatus
  actions: DeviceActions
}) => {
  const [dots, setDots] = useState(3)
  const [open, setOpen] = useState(false)
  const v = status.voting
  const run = (action: 'close' | 'reveal' | 'clear') =>
    detach(actions.withStatus('devices:voting', { action }))
  return (
    <div className="devices-block">
      <h3>Dot vote</h3>
      {!v || v.status === 'revealed' ? (
        <div className="row wrap">
          <label>
            Dots each{' '}
            <input
              type="number"
              min={1}
              max={10}
              value={dots}
              onChange={(e) => setDots(Math.min(10, Math.max(1, Number(e.target.value) || 1)))}
            />
          </label>
          <label className="inline">
            <input type="checkbox" checked={open} onChange={(e) => setOpen(e.target.checked)} />
            Open voting (keep who voted)
          </label>
          <button
            type="button"
            onClick={() =>
              detach(actions.withStatus('devices:voting', { action: 'open', dots, open }))
            }
          >
            Open voting
          </button>
        </div>
      ) : null}
      {v && (
        <>
          <p aria-live="polite">
            {v.status === 'open'
              ? 'Voting is open'
              : v.status === 'closed'
                ? 'Voting is closed'
                : 'Revealed'}{' '}
            · {v.voted.length} voted{v.voted.length ? `: ${v.voted.join(', ')}` : ''}
          </p>
          <div className="row wrap">
            {v.status === 'open' && (
              <button type="button" onClick={() => run('close')}>
                Close voting
              </button>
            )}
            {v.status !== 'revealed' && (
              <button type="button" className="primary" onClick={() => run('reveal')}>
                Reveal the tally
              </button>
            )}
            {v.status === 'revealed' && (
              <button type="button" onClick={() => run('clear')}>
                Clear the vote
              </button>
            )}
          </div>
          {v.results && <Tally results={v.results} />}
        </>
      )}
    </div>
  )
}

type Results = NonNullable<NonNullable<DeviceStatus['voting']>['results']>

/**
 * The cards that got dots, most first; the rest only counted. A board of hundreds of cards made
 * a list of hundreds of zeros, which the console took long to draw and nobody reads.
 */
const Tally = ({ results }: { results: Results }) => {
  const dotted = results.filter((r) => r.count > 0)
  const none = results.length - dotted.length
  return (
    <>
      <ol className="vote-results" aria-label="Tally">
        {dotted.map((r) => (
          <li key={r.activityId}>
            {r.text} — <strong>{r.count}</strong>
            {r.voters && r.voters.length > 0 && (
              <span className="hint"> ({r.voters.join(', ')})</span>
            )}
          </li>
        ))}
      </ol>
      {none > 0 && (
        <p className="hint">
          {none} {none === 1 ? 'card' : 'cards'} got no dots.
        </p>
      )}
    </>
  )
}
