import { detach } from '../../lib/detach'
import { createContext, memo, useContext, useMemo, useState } from 'react'
import type { DeviceStatus } from '../../../shared/participants/facilitator'
import type { Board } from '../../../shared/workshop/workshop'
import type { DeviceActions } from './useDeviceActions'

type Item = DeviceStatus['queue'][number]

/** The session's board as the console has it, for the cards a proposal can be merged into. */
export const BoardNow = createContext<Board | null>(null)

/**
 * The oldest proposals are shown, the rest counted: the facilitator settles one at a time, and a
 * room of forty phones can queue hundreds. Each proposal's menu of cards to merge into is drawn
 * only when the facilitator asks for it.
 */
const SHOWN = 12

/** Proposals from phones, oldest first: accept (as sent or edited), merge into a card, reject. */
export const ProposalQueue = ({
  status,
  actions,
}: {
  status: DeviceStatus
  actions: DeviceActions
}) => {
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
      ) : status.autoAccept ? (
        // Each proposal is on the board a moment after it arrives: a card to edit for it would
        // be gone before it could be used, and drawing them cost the console most of its time.
        <p className="hint">{status.queue.length} on the way to the board.</p>
      ) : (
        <ul className="proposal-queue" aria-label="Proposal queue">
          {status.queue.slice(0, SHOWN).map((q) => (
            <Proposal key={q.id} item={q} actions={actions} />
          ))}
        </ul>
      )}
      {later > 0 && !status.autoAccept && <p className="hint">{later} more waiting after these.</p>}
    </div>
  )
}

type ProposalProps = { item: Item; actions: DeviceActions }
/** A proposal arrives anew with every change of the room; it is drawn again only if it changed. */
const sameProposal = (a: ProposalProps, b: ProposalProps) =>
  a.actions === b.actions &&
  a.item.id === b.item.id &&
  a.item.text === b.item.text &&
  a.item.by === b.item.by &&
  a.item.kind === b.item.kind &&
  a.item.tag === b.item.tag

const Proposal = memo(function Proposal({ item, actions }: ProposalProps) {
  const board = useContext(BoardNow)
  const [text, setText] = useState(item.text)
  const [into, setInto] = useState('')
  const [merging, setMerging] = useState(false)
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
        {!!board?.activities.length && !merging && (
          <button type="button" onClick={() => setMerging(true)}>
            Merge into a card…
          </button>
        )}
      </div>
      {board && board.activities.length > 0 && merging && (
        <MergeMenu item={item} board={board} into={into} setInto={setInto} settle={settle} />
      )}
    </li>
  )
}, sameProposal)

/**
 * The board's cards to merge into, drawn only for the proposal the facilitator is merging: a menu
 * of every card in every waiting proposal was most of the console's work while phones proposed
 * (each menu's width is measured from all its options, again whenever the board changed).
 */
const MergeMenu = ({
  item,
  board,
  into,
  setInto,
  settle,
}: {
  item: Item
  board: Board
  into: string
  setInto: (id: string) => void
  settle: (outcome: 'merge') => void
}) => {
  const cards = useMemo(
    () =>
      board.activities.map((a) => (
        <option key={a.id} value={a.id}>
          {a.text.slice(0, 60)}
        </option>
      )),
    [board.activities],
  )
  return (
    <div className="row wrap">
      <label>
        <span className="visually-hidden">Card to merge “{item.text}” into</span>
        <select value={into} onChange={(e) => setInto(e.target.value)} autoFocus>
          <option value="">Merge into…</option>
          {cards}
        </select>
      </label>
      <button type="button" disabled={!into} onClick={() => settle('merge')}>
        Merge
      </button>
    </div>
  )
}
