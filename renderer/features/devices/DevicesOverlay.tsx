import { ALIGNMENT_QUESTIONS } from '../../../shared/followup/tracker'
import { MIN_ANSWERS_SHOWN } from '../../../shared/participants/alignment-answers'
import type { DeviceStatus } from '../../../shared/participants/facilitator'
import { QrCode } from './QrCode'
import { useDevices } from './useDevices'
// The projector shows this without the console's panel: its styles come with it.
import './devices.css'

/**
 * What team devices put on the projector over the board when the facilitator asks: the join code,
 * the revealed vote, or the alignment check's average. Never a name from an anonymous answer.
 */
export const DevicesOverlay = ({ workshopId }: { workshopId: string }) => {
  const [status] = useDevices()
  if (!status || status.workshopId !== workshopId || status.projecting === 'board') return null
  return (
    <section className="devices-overlay" aria-label="Team devices">
      {status.projecting === 'join' && <JoinCode status={status} />}
      {status.projecting === 'votes' && <VoteResults status={status} />}
      {status.projecting === 'alignment' && <AlignmentAverage status={status} />}
    </section>
  )
}

const JoinCode = ({ status }: { status: DeviceStatus }) => (
  <div className="join-code">
    <QrCode text={status.joinUrl} label="QR code to join from your phone" size={560} />
    <div className="join-text">
      <h2>Join from your phone</h2>
      <p>Scan the code, or open</p>
      <p className="join-address">{status.address.replace(/^http:\/\//, '')}</p>
      <p>and type the room code</p>
      <p className="join-room" aria-label={`Room code ${status.code.split('').join(' ')}`}>
        {status.code}
      </p>
      <p className="join-count">
        {status.people.filter((p) => p.joined).length} of {status.people.length} joined
      </p>
    </div>
  </div>
)

const VoteResults = ({ status }: { status: DeviceStatus }) => {
  const v = status.voting
  if (!v?.results)
    return (
      <div className="overlay-text">
        <h2>Dot vote</h2>
        <p>
          {v ? `${v.voted.length} voted so far. Results when the facilitator reveals them.` : ''}
        </p>
      </div>
    )
  const top = Math.max(1, ...v.results.map((r) => r.count))
  return (
    <div className="overlay-text">
      <h2>Dot vote results</h2>
      <ol className="vote-bars" aria-label="Vote results">
        {v.results.slice(0, 8).map((r) => (
          <li key={r.activityId}>
            <span className="vote-text">{r.text}</span>
            <span className="vote-bar" style={{ width: `${(r.count / top) * 100}%` }} />
            <strong className="vote-count">{r.count}</strong>
          </li>
        ))}
      </ol>
    </div>
  )
}

const AlignmentAverage = ({ status }: { status: DeviceStatus }) => {
  const a = status.alignment
  const answered = a?.answeredBy.length ?? 0
  return (
    <div className="overlay-text">
      <h2>Alignment check</h2>
      {a?.aggregate ? (
        <dl className="alignment-average" aria-label="Average answers">
          {ALIGNMENT_QUESTIONS.map((q) => (
            <div key={q.id}>
              <dt>{q.text}</dt>
              <dd>{a.aggregate?.[q.id]?.toFixed(1) ?? '–'} / 5</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>
          {answered} answered. The room sees the average once {MIN_ANSWERS_SHOWN} people have
          answered.
        </p>
      )}
    </div>
  )
}
