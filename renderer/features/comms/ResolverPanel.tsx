import { useEffect, useId, useMemo, useState } from 'react'
import type { AgreementTerms } from '../../../shared/comms/agreement'
import type { Resolution, Target } from '../../../shared/comms/resolver'
import { DEPARTMENT_LABELS, resolveContact } from '../../../shared/comms/resolver'
import type { Participant } from '../../../shared/workshop/workshop'
import { byDepartment } from '../../../shared/comms/edits'

const here = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
const DEPARTMENTS = ['sales', 'marketing'] as const
const moment = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
})

const parseTarget = (value: string): Target =>
  value.startsWith('dept:')
    ? { kind: 'department', department: value.slice(5) as Participant['department'] }
    : { kind: 'person', memberId: value.slice(7) }

/** Turns "YYYY-MM-DDTHH:MM" typed on this computer into a moment; empty means now. */
const momentOf = (typed: string, now: number) => {
  const ms = typed ? new Date(typed).getTime() : now
  return Number.isFinite(ms) ? ms : now
}

/** "I need to reach sales about something urgent now — how?", answered from the agreement. */
export const ResolverPanel = ({
  terms,
  participants,
}: {
  terms: AgreementTerms
  participants: readonly Participant[]
}) => {
  const ids = useId()
  const [levelId, setLevelId] = useState(terms.levels[0]?.id ?? '')
  const [target, setTarget] = useState<string>('dept:sales')
  const [when, setWhen] = useState('')
  // "Now" is the wall clock here (who is at work right now), moving on while the panel is open.
  const now = useWallClock(when === '')
  const at = momentOf(when, now)
  const level = terms.levels.find((l) => l.id === levelId) ?? terms.levels[0]
  const result = useMemo(
    () =>
      level
        ? resolveContact(
            { participants: [...participants], terms },
            level.id,
            parseTarget(target),
            at,
          )
        : null,
    [level, participants, terms, target, at],
  )
  return (
    <section className="card resolver" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>Who do I contact, and how?</h3>
      <form
        className="row wrap"
        onSubmit={(e) => e.preventDefault()}
        aria-label="Ask the agreement"
      >
        <label>
          Message level
          <select value={level?.id ?? ''} onChange={(e) => setLevelId(e.target.value)}>
            {terms.levels.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Who
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
            <optgroup label="Anyone in">
              {DEPARTMENTS.map((d) => (
                <option key={d} value={`dept:${d}`}>
                  {DEPARTMENT_LABELS[d]}
                </option>
              ))}
            </optgroup>
            <optgroup label="A person">
              {byDepartment(participants).map((p) => (
                <option key={p.memberId} value={`person:${p.memberId}`}>
                  {p.name}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <label>
          When (your time, {here})
          <input type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
        </label>
        {when && (
          <button type="button" className="ghost" onClick={() => setWhen('')}>
            Back to now
          </button>
        )}
      </form>
      {result && <Answer result={result} at={at} />}
    </section>
  )
}

const HEADLINES: Record<Resolution['status'], string> = {
  reachable: 'Reachable',
  later: 'Not reachable now',
  nobody: 'Nobody to reach',
}

const Answer = ({ result, at }: { result: Resolution; at: number }) => {
  const yours = (ms: number) => `${moment.format(ms)} your time`
  return (
    <div className={`resolution resolution-${result.status}`} role="region" aria-label="Answer">
      <p className="resolution-headline">
        <strong>{HEADLINES[result.status]}</strong>
        {result.person && ` · ${result.person.name}`}
        <span className="hint"> · asked for {yours(at)}</span>
      </p>
      <dl className="resolution-facts">
        {result.channel && (
          <>
            <dt>Use</dt>
            <dd>{result.channel.name}</dd>
          </>
        )}
        {result.fallback && (
          <>
            <dt>If no answer</dt>
            <dd>{result.fallback.name}</dd>
          </>
        )}
        {result.expectAnswerBy !== null && (
          <>
            <dt>Expect an answer by</dt>
            <dd>{yours(result.expectAnswerBy)}</dd>
          </>
        )}
        {result.nextReachableAt !== null && (
          <>
            <dt>Back at work</dt>
            <dd>{yours(result.nextReachableAt)}</dd>
          </>
        )}
      </dl>
      <ul className="resolution-why">
        {result.explanation.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </div>
  )
}

const useWallClock = (active: boolean) => {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!active) return
    const first = setTimeout(() => setNow(Date.now()), 0)
    const timer = setInterval(() => setNow(Date.now()), 30_000)
    return () => {
      clearTimeout(first)
      clearInterval(timer)
    }
  }, [active])
  return now
}
