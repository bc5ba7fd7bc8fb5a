import { detach } from '../../lib/detach'
import type { ReactNode } from 'react'
import { useMemo, useState } from 'react'
import type { DeviceStatus } from '../../../shared/participants/facilitator'
import type { Board } from '../../../shared/workshop/workshop'
import type { DeviceActions } from './useDeviceActions'

type Item = DeviceStatus['queue'][number]

/**
 * The oldest proposals are shown, the rest counted: the facilitator settles one at a time, and a
 * room of forty phones can queue hundreds, each with the whole board to merge into.
 */
const SHOWN = 12

/** Proposals from phones, oldest first: accept (as sent or edited), merge into a card, reject. */
export const ProposalQueue = ({
  status,
  board,
  actions,
}: {
  status: DeviceStatus
  board: Board
  actions: DeviceActions
}) => {
  // One list of the board's cards for every proposal's merge menu, built when the board changes.
  const cards = useMemo(
    () =>
      board.activities.map((a) => (
        <option key={a.id} value={a.id}>
          {a.text.slice(0, 60)}
        </option>
      )),
    [board.activities],
  )
  const later = status.queue.length - SHOWN
  return (
    <div className="devices-block">
      <h3>Proposals ({status.queue.length})</h3>
      <label className="inline">
        <input
          type="checkbox"
          checked={status.autoAccept}
          onChange={(e) => {
            actions.setStatus({ ...status, autoAccept: e.target.checked })
            detach(actions.withStatus('devices:autoAccept', { on: e.target.checked }))
          }}
        />
        Accept proposals automatically
      </label>
      {status.queue.length === 0 ? (
        <p className="hint">Nothing waiting.</p>
      ) : (
        <ul className="proposal-queue" aria-label="Proposal queue">
          {status.queue.slice(0, SHOWN).map((q) => (
            <Proposal key={q.id} item={q} cards={cards} actions={actions} />
          ))}
        </ul>
      )}
      {later > 0 && <p className="hint">{later} more waiting after these.</p>}
    </div>
  )
}

const Proposal = ({
  item,
  cards,
  actions,
}: {
  item: Item
  cards: ReactNode[]
  actions: DeviceActions
}) => {
  const [text, setText] = useState(item.text)
  const [into, setInto] = useState('')
  const settle = (outcome: 'merge' | 'reject') =>
    detach(
      actions.call(
        'devices:settle',
        outcome === 'merge'
          ? { outcome, proposalId: item.id, into }
          : { outcome, proposalId: item.id },
      ),
    )
  return (
    <li className="proposal-item" aria-label={`Proposal from ${item.by}`}>
      <p className="hint">
        {item.by} · {item.kind} · {item.tag}
      </p>
      <label>
        <span className="visually-hidden">Proposal text from {item.by}</span>
        <textarea value={text} rows={2} onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="row wrap">
        <button
          type="button"
          className="primary"
          onClick={() =>
            detach(actions.accept(item.id, text.trim() === item.text ? undefined : text))
          }
        >
          Accept
        </button>
        <button type="button" onClick={() => settle('reject')}>
          Reject
        </button>
      </div>
      {cards.length > 0 && (
        <div className="row wrap">
          <label>
            <span className="visually-hidden">Card to merge “{item.text}” into</span>
            <select value={into} onChange={(e) => setInto(e.target.value)}>
              <option value="">Merge into…</option>
              {cards}
            </select>
          </label>
          <button type="button" disabled={!into} onClick={() => settle('merge')}>
            Merge
          </button>
        </div>
      )}
    </li>
  )
}
