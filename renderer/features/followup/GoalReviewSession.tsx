import { useState } from 'react'
import { applyAdjustments } from '../../../shared/followup/adjustments'
import type { GoalReview } from '../../../shared/followup/tracker'
import type { AppError } from '../../../shared/api/result'
import { ErrorNotice } from '../../components/ErrorNotice'
import { api } from '../../lib/api'
import { AlignmentCheck } from './AlignmentCheck'
import { GoalAdjustments } from './GoalAdjustments'
import { ItemStatusList } from './ItemStatusList'
import type { FollowUp } from './useFollowUp'
import { detach } from '../../lib/detach'

/** One review: activity statuses, goal adjustments with reasons, support, and the alignment check. */
export const GoalReviewSession = ({
  clientId,
  followUp,
  review,
  onClose,
}: {
  clientId: string
  followUp: FollowUp
  review: GoalReview
  onClose: () => void
}) => {
  const workshop = followUp.sessions.find((s) => s.id === review.workshopId)
  if (!workshop)
    return (
      <section className="card">
        <p>The goal workshop of this review no longer exists.</p>
        <button type="button" onClick={onClose}>
          Back to the review dates
        </button>
      </section>
    )
  const adjustments = followUp.tracker.adjustments.filter((a) => a.workshopId === workshop.id)
  const board = applyAdjustments(workshop.board, adjustments)
  const people = [
    ...workshop.participants,
    ...(workshop.manager ? [{ ...workshop.manager, department: 'management' as const }] : []),
  ]
  const items = followUp.states.filter((s) => s.workshopId === workshop.id)
  return (
    <div className="review-session">
      <div className="row spread">
        <h2>
          Review of “{workshop.title}” · {review.date}
        </h2>
        <button type="button" onClick={onClose}>
          Back to the review dates
        </button>
      </div>
      <section className="card" aria-labelledby="review-items-title">
        <h3 id="review-items-title">Activities</h3>
        <ItemStatusList
          clientId={clientId}
          items={items}
          recordedAt={{ kind: 'review', id: review.id }}
          readOnly={followUp.readOnly}
          empty="This workshop has no activities with an owner or a goal."
        />
      </section>
      <GoalAdjustments
        clientId={clientId}
        workshop={workshop}
        board={board}
        adjustments={adjustments}
        reviewId={review.id}
        people={people}
        readOnly={followUp.readOnly}
      />
      <SupportCard
        key={review.id}
        clientId={clientId}
        review={review}
        people={people}
        readOnly={followUp.readOnly}
      />
      <section className="card" aria-labelledby="review-alignment-title">
        <h3 id="review-alignment-title">Alignment check</h3>
        <AlignmentCheck
          clientId={clientId}
          context={{ kind: 'review', id: review.id }}
          people={people}
        />
      </section>
    </div>
  )
}

/** Support is asked again at every review: people change their minds, managers change. */
const SupportCard = ({
  clientId,
  review,
  people,
  readOnly,
}: {
  clientId: string
  review: GoalReview
  people: { memberId: string; name: string }[]
  readOnly: boolean
}) => {
  const [support, setSupport] = useState(review.support)
  const [note, setNote] = useState(review.note)
  const [error, setError] = useState<AppError | null>(null)
  const save = async (next: Record<string, boolean>, text: string) => {
    const r = await api.call('followup:saveReview', {
      clientId,
      reviewId: review.id,
      support: next,
      note: text,
    })
    setError(r.ok ? null : r.error)
  }
  return (
    <section className="card" aria-labelledby="review-support-title">
      <h3 id="review-support-title">Support</h3>
      <div className="participant-grid">
        {people.map((p) => (
          <label key={p.memberId} className="inline">
            <input
              type="checkbox"
              disabled={readOnly}
              checked={support[p.memberId] ?? false}
              onChange={(e) => {
                const next = { ...support, [p.memberId]: e.target.checked }
                setSupport(next)
                detach(save(next, note))
              }}
            />
            {p.name} still supports the goals
          </label>
        ))}
      </div>
      <label className="block">
        Review notes
        <textarea
          rows={2}
          maxLength={5000}
          readOnly={readOnly}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => note !== review.note && void save(support, note)}
        />
      </label>
      {error && <ErrorNotice error={error} title="Not saved." />}
    </section>
  )
}
