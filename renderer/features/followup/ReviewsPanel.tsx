import { useState } from 'react'
import { reviewCalendar } from '../../../shared/followup/reviews'
import type { AppError } from '../../../shared/api/result'
import { ErrorNotice } from '../../components/ErrorNotice'
import { api } from '../../lib/api'
import { GoalReviewSession } from './GoalReviewSession'
import type { FollowUp } from './useFollowUp'
import { localToday } from './useFollowUp'
import { detach } from '../../lib/detach'

/** Goal reviews: the dates set in each goal workshop, and the review held on each. */
export const ReviewsPanel = ({ clientId, followUp }: { clientId: string; followUp: FollowUp }) => {
  const [open, setOpen] = useState<string | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const today = localToday()
  const dates = reviewCalendar(followUp.sessions, followUp.tracker).filter(
    (d) => d.kind === 'review',
  )
  const review = followUp.tracker.reviews.find((r) => r.id === open)
  const start = async (workshopId: string, date: string) => {
    const r = await api.call('followup:startReview', { clientId, workshopId, date })
    setError(r.ok ? null : r.error)
    if (r.ok) setOpen(r.value.reviewId)
  }
  if (review)
    return (
      <GoalReviewSession
        clientId={clientId}
        followUp={followUp}
        review={review}
        onClose={() => setOpen(null)}
      />
    )
  return (
    <section className="card" aria-labelledby="reviews-title">
      <h2 id="reviews-title">Goal reviews</h2>
      {dates.length === 0 ? (
        <p className="hint">
          No review dates yet. They are set in the last step of a goal workshop.
        </p>
      ) : (
        <ul className="review-dates" aria-label="Review dates">
          {dates.map((d) => {
            const label = `${d.title} on ${d.date}`
            return (
              <li key={`${d.workshopId}-${d.date}`}>
                <span>
                  <strong>{d.date}</strong> · {d.title}{' '}
                  {d.held ? (
                    <span className="badge">Held</span>
                  ) : d.date <= today ? (
                    <span className="badge badge-warning">Due now</span>
                  ) : null}
                </span>
                <button
                  type="button"
                  className={d.held ? undefined : 'primary'}
                  aria-label={`${d.held ? 'Open the review' : 'Hold the review'}: ${label}`}
                  disabled={followUp.readOnly}
                  onClick={() => detach(start(d.workshopId, d.date))}
                >
                  {d.held ? 'Open the review' : 'Hold the review'}
                </button>
              </li>
            )
          })}
        </ul>
      )}
      {error && <ErrorNotice error={error} title="The review could not be opened." />}
    </section>
  )
}
