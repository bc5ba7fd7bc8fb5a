import { detach } from '../../lib/detach'
import { memo } from 'react'
import type { DeviceStatus } from '../../../shared/participants/facilitator'
import type { DeviceActions } from './useDeviceActions'

/** Who has joined, guests waiting at the door, and names to release for another phone. */
export const RoomPeople = ({
  status,
  actions,
}: {
  status: DeviceStatus
  actions: DeviceActions
}) => {
  const joined = status.people.filter((p) => p.joined)
  const waiting = status.guests.filter((g) => g.status === 'pending')
  return (
    <div className="devices-block">
      <h3>
        Joined: {joined.length} of {status.people.length} names · {status.devices}{' '}
        {status.devices === 1 ? 'phone' : 'phones'}
      </h3>
      {joined.length > 0 && (
        <ul className="plain-list" aria-label="Names taken">
          {joined.map((p) => (
            <Taken key={p.memberId} memberId={p.memberId} name={p.name} actions={actions} />
          ))}
        </ul>
      )}
      {waiting.map((g) => (
        <div key={g.id} className="row wrap" role="group" aria-label={`Guest ${g.name}`}>
          <span>Guest waiting: {g.name}</span>
          <button
            type="button"
            onClick={() =>
              detach(actions.withStatus('devices:guest', { guestId: g.id, approve: true }))
            }
          >
            Let {g.name} in
          </button>
          <button
            type="button"
            onClick={() =>
              detach(actions.withStatus('devices:guest', { guestId: g.id, approve: false }))
            }
          >
            Decline {g.name}
          </button>
        </div>
      ))}
    </div>
  )
}

/**
 * One name taken by a phone. The room's status arrives anew with every change (several a second
 * with forty phones); a row is drawn again only when its own name changes.
 */
const Taken = memo(function Taken({
  memberId,
  name,
  actions,
}: {
  memberId: string
  name: string
  actions: DeviceActions
}) {
  return (
    <li className="row">
      <span>{name}</span>
      <button
        type="button"
        onClick={() => detach(actions.withStatus('devices:release', { memberId }))}
      >
        Release {name}
      </button>
    </li>
  )
})

/** The anonymous check: who answered (never what), and the average once three have. */
export const AlignmentControls = ({
  status,
  actions,
}: {
  status: DeviceStatus
  actions: DeviceActions
}) => {
  const a = status.alignment
  return (
    <div className="devices-block">
      <h3>Alignment check</h3>
      <div className="row wrap">
        {a?.status !== 'open' ? (
          <button
            type="button"
            onClick={() => detach(actions.withStatus('devices:alignment', { action: 'open' }))}
          >
            Open the alignment check
          </button>
        ) : (
          <button
            type="button"
            onClick={() => detach(actions.withStatus('devices:alignment', { action: 'close' }))}
          >
            Close the alignment check
          </button>
        )}
      </div>
      {a && (
        <p aria-live="polite">
          {a.answeredBy.length} answered{a.answeredBy.length ? `: ${a.answeredBy.join(', ')}` : ''}
          {a.aggregate ? '' : ' · the average shows from three answers'}
        </p>
      )}
    </div>
  )
}

/** Commitments written on phones wait here until the facilitator puts them on the board. */
export const CommitmentsToConfirm = ({
  status,
  actions,
}: {
  status: DeviceStatus
  actions: DeviceActions
}) =>
  status.commitments.length === 0 ? null : (
    <div className="devices-block">
      <h3>Commitments to confirm ({status.commitments.length})</h3>
      <ul className="plain-list" aria-label="Commitments to confirm">
        {status.commitments.map((c) => (
          <li key={c.memberId}>
            <p>
              <strong>{c.name}</strong>: {c.text}
              {c.note && <span className="hint"> · Support: {c.note}</span>}
            </p>
            <div className="row wrap">
              <button
                type="button"
                className="primary"
                onClick={() => detach(actions.confirmCommitment(c.memberId, true))}
              >
                Confirm {c.name}’s commitment
              </button>
              <button
                type="button"
                onClick={() => detach(actions.confirmCommitment(c.memberId, false))}
              >
                Send back
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
