import type { reviewCalendar } from '../../../shared/followup/reviews'
import { hrefFor } from '../../lib/router'
import { formatDay } from './dates'

type CalendarDate = ReturnType<typeof reviewCalendar>[number]

const KIND_LABELS: Record<CalendarDate['kind'], string> = {
  review: 'Goal review',
  meeting: 'Action-plan meeting',
}

const keyOf = (d: CalendarDate) => `${d.kind}-${d.workshopId}-${d.date}`

/** Reviews that are due and not held come first, flagged; then what the next weeks bring. */
export const UpcomingList = ({
  clientId,
  due,
  coming,
}: {
  clientId: string
  due: CalendarDate[]
  coming: CalendarDate[]
}) => {
  const dueKeys = new Set(due.map(keyOf))
  const later = coming.filter((d) => !dueKeys.has(keyOf(d)))
  if (due.length === 0 && later.length === 0)
    return (
      <p className="hint">
        Nothing in the next 60 days. Review dates are set in goal workshops, the next meeting at the
        end of an action-plan meeting.
      </p>
    )
  const reviews = hrefFor({ screen: 'followup', clientId, tab: 'reviews' })
  return (
    <ul className="coming-up" aria-label="Coming up">
      {due.map((d) => (
        <li key={keyOf(d)} className="coming-due">
          <time dateTime={d.date}>{formatDay(d.date)}</time>
          <span>
            {KIND_LABELS[d.kind]} · {d.title} <span className="badge badge-warning">Due now</span>
          </span>
          <a href={reviews} aria-label={`Hold the review: ${d.title} on ${d.date}`}>
            Hold the review
          </a>
        </li>
      ))}
      {later.map((d) => (
        <li key={keyOf(d)}>
          <time dateTime={d.date}>{formatDay(d.date)}</time>
          <span>
            {KIND_LABELS[d.kind]} · {d.title}
            {d.held && <span className="badge">Held</span>}
          </span>
        </li>
      ))}
    </ul>
  )
}
