import type { CheckFinding, CheckKind } from '../../../shared/comms/checks'

const TITLES: Record<CheckKind, string> = {
  'urgent-slow-channels': 'Urgent, but slow channels',
  'no-response-time': 'No response time',
  'today-too-slow': 'Same-day level slower than a day',
  'off-grid-no-fallback': 'Off the grid with no way to reach',
  'department-gap': 'Hours nobody covers',
  'rated-never': 'A channel the team avoids',
}

/** Live advice: what to change and why. It never blocks a save or a publish. */
export const ChecksList = ({
  findings,
  headingLevel = 3,
}: {
  findings: readonly CheckFinding[]
  headingLevel?: 2 | 3
}) => {
  const Heading = `h${headingLevel}` as const
  return (
    <section className="checks" aria-labelledby="checks-title" aria-live="polite">
      <Heading id="checks-title">
        {findings.length === 0
          ? 'Checks: nothing to fix'
          : `Checks: ${findings.length} ${findings.length === 1 ? 'thing' : 'things'} to look at`}
      </Heading>
      {findings.length === 0 ? (
        <p className="hint">
          Every level has a fast enough channel and a response time, and someone is reachable in
          every working hour.
        </p>
      ) : (
        <ul className="check-list" aria-label="Warnings">
          {findings.map((f) => (
            <li key={f.key} className={`check check-${f.kind}`}>
              <strong>
                {TITLES[f.kind]} · {f.subject}
              </strong>
              <span>{f.message}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
