import { detach } from '../../lib/detach'
import { memo, useEffect, useState } from 'react'
import type { ReactNode } from 'react'
import type {
  DeviceStatus,
  NetworkChoice,
  Projecting,
} from '../../../shared/participants/facilitator'
import type { BoardAction } from '../../../shared/workshop/board-actions'
import type { WorkshopFile } from '../../../shared/workshop/workshop'
import { api } from '../../lib/api'
import { AnswerLog } from './AnswerLog'
import { QrCode } from './QrCode'
import { RoomPeople } from './RoomPeople'
import type { DeviceActions } from './useDeviceActions'
import { useDeviceActions } from './useDeviceActions'
import { CONSOLE_ROOM_GAP_MS, useDevices } from './useDevices'
import './devices.css'

interface Props {
  workshop: WorkshopFile
  /** What the projector can show from the room, besides the session's own board. */
  show: [Projecting, string][]
  apply?: (action: BoardAction) => string | null
  children?: (status: DeviceStatus, actions: DeviceActions) => ReactNode
}

/**
 * What the panel reads of the workshop: the session and whether it is over. Each save brings a
 * new workshop (every second or so while phones propose), which must not redraw the whole panel.
 */
const sameProps = (a: Props, b: Props) =>
  a.workshop.id === b.workshop.id &&
  a.workshop.clientId === b.workshop.clientId &&
  (a.workshop.timer.status === 'finished') === (b.workshop.timer.status === 'finished') &&
  a.show === b.show &&
  a.apply === b.apply &&
  a.children === b.children

/**
 * "Team devices": the room takes part from its phones over the local network, served by this
 * laptop. Off by default; everything on the console works the same with it off. Each kind of
 * session adds its own parts below who has joined (the goal workshop's queue and votes, …).
 */
export const DevicesPanel = memo(function DevicesPanel({ workshop, show, apply, children }: Props) {
  const [status, setStatus] = useDevices(CONSOLE_ROOM_GAP_MS)
  const [choices, setChoices] = useState<NetworkChoice[]>([])
  const [address, setAddress] = useState('')
  const actions = useDeviceActions(workshop.id, status, setStatus, apply)
  useEffect(() => {
    detach(
      api.call('devices:interfaces', {}).then((r) => {
        if (!r.ok) return
        setChoices(r.value)
        setAddress((a) => a || (r.value[0]?.address ?? ''))
      }),
    )
  }, [])
  const here = status && status.workshopId === workshop.id ? status : null
  const finished = workshop.timer.status === 'finished'
  return (
    <section className="devices-panel" aria-labelledby="devices-title">
      <h2 id="devices-title">Team devices</h2>
      {!here ? (
        <>
          <p className="hint">
            The team joins from their phones on this network: no internet, no accounts.
            {status && ' Devices are on for another session; turning them on here ends that room.'}
          </p>
          <label>
            Network{' '}
            <select value={address} onChange={(e) => setAddress(e.target.value)}>
              {choices.map((c) => (
                <option key={c.address} value={c.address}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="primary"
            disabled={!address || finished}
            onClick={() =>
              detach(
                actions.withStatus('devices:start', {
                  clientId: workshop.clientId,
                  workshopId: workshop.id,
                  address,
                }),
              )
            }
          >
            Turn on team devices
          </button>
        </>
      ) : (
        <>
          <div className="row wrap devices-join">
            <QrCode text={here.joinUrl} label="QR code for phones to join" size={132} />
            <p>
              <span className="hint">Address</span> <strong>{here.address}</strong>
              <br />
              <span className="hint">Room code</span>{' '}
              <strong className="room-code">{here.code}</strong>
            </p>
          </div>
          <div className="row wrap" role="radiogroup" aria-label="On the projector">
            {show.map(([value, label]) => (
              <label key={value} className="inline">
                <input
                  type="radio"
                  name="devices-show"
                  checked={here.projecting === value}
                  onChange={() => {
                    setStatus({ ...here, projecting: value })
                    detach(actions.withStatus('devices:project', { show: value }))
                  }}
                />
                {label}
              </label>
            ))}
          </div>
          <RoomPeople status={here} actions={actions} />
          {children?.(here, actions)}
          <AnswerLog status={here} />
          <button
            type="button"
            className="danger"
            onClick={() => detach(actions.call('devices:stop', {}))}
          >
            Turn off team devices
          </button>
        </>
      )}
    </section>
  )
}, sameProps)
