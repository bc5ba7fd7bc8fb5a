import { useState } from 'react'
import type { AgreementTerms, Availability } from '../../../shared/comms/agreement'
import { isValidTimeZone } from '../../../shared/comms/availability'
import { byDepartment, updatePerson } from '../../../shared/comms/edits'
import { formatHours, formatOffGrid } from '../../../shared/comms/format'
import type { Participant } from '../../../shared/workshop/workshop'
import { PersonEditor } from './PersonEditor'
import { clockWords } from '../../lib/formats'

interface Props {
  terms: AgreementTerms
  participants: readonly Participant[]
  onChange: (change: (t: AgreementTerms) => AgreementTerms) => void
  readOnly: boolean
}

/** Everyone's hours at a glance; one person at a time in detail, so the form stays short. */
export const PeoplePanel = ({ terms, participants, onChange, readOnly }: Props) => {
  const people = byDepartment(participants)
  const [chosen, setChosen] = useState(people[0]?.memberId ?? null)
  const availability = (id: string) => terms.people.find((p) => p.memberId === id)
  const who = people.find((p) => p.memberId === chosen)
  const selected = chosen ? availability(chosen) : undefined
  return (
    <section className="card people-panel" aria-labelledby="people-title">
      <h3 id="people-title">People</h3>
      <div className="people-layout">
        <ul className="people-list" aria-label="Team members">
          {people.map((p) => {
            const a = availability(p.memberId)
            return (
              <li key={p.memberId}>
                <button
                  type="button"
                  aria-pressed={p.memberId === chosen}
                  onClick={() => setChosen(p.memberId)}
                >
                  <strong>{p.name}</strong>
                  <span className="hint">{a ? summary(a) : 'no hours recorded'}</span>
                </button>
              </li>
            )
          })}
        </ul>
        {who && selected && (
          <PersonEditor
            key={who.memberId}
            person={who}
            availability={selected}
            channels={terms.channels}
            readOnly={readOnly}
            onChange={(change) => onChange((t) => updatePerson(t, who.memberId, change))}
          />
        )}
      </div>
    </section>
  )
}

const summary = (a: Availability) => {
  const zone = isValidTimeZone(a.timeZone) ? a.timeZone : `${a.timeZone} (unknown zone)`
  const off = formatOffGrid(a).length
  return `${formatHours(a, clockWords)} · ${zone}${off ? ` · ${off} off-grid` : ''}`
}
