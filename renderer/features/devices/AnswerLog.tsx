import type { DeviceStatus } from '../../../shared/participants/facilitator'

/**
 * Who has answered from their phone in this session, and what: the facilitator sees answers
 * arrive without looking at every row of the board. Newest first; empty until someone answers.
 */
export const AnswerLog = ({ status }: { status: DeviceStatus }) => {
  if (status.answers.length === 0) return null
  const answered = new Set(status.answers.map((a) => a.name))
  return (
    <div className="devices-block">
      <h3>
        Answered from phones: {answered.size} of {status.people.length}
      </h3>
      <ul className="plain-list answer-log" aria-label="Answers from phones">
        {[...status.answers].reverse().map((a, i) => (
          <li key={`${status.answers.length - i}`}>
            <strong>{a.name}</strong> {a.what}
          </li>
        ))}
      </ul>
    </div>
  )
}
