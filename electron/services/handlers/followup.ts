import { AppFailure } from '../../../shared/api/result'
import { applyAdjustments, currentValue } from '../../../shared/followup/adjustments'
import { upsertAlignment } from '../../../shared/followup/alignment'
import { recordStatus } from '../../../shared/followup/record-status'
import type { TrackerFile } from '../../../shared/followup/tracker'
import { newId } from '../../../shared/library/fields'
import type { WorkshopFile } from '../../../shared/workshop/workshop'
import type { AppCore } from '../app-core'
import type { HandlerGroup } from './types'

type FollowUpChannels =
  | 'followup:get'
  | 'followup:setStatus'
  | 'followup:startReview'
  | 'followup:saveReview'
  | 'followup:adjust'
  | 'followup:saveAlignment'
  | 'followup:savePairing'
  | 'followup:removePairing'

/** The sessions follow-up is about: goal workshops and action-plan meetings, oldest first. */
export const followedSessions = async (
  core: AppCore,
  clientId: string,
): Promise<WorkshopFile[]> => {
  const summaries = await core.workshops.list(clientId)
  const wanted = summaries.filter((s) => s.kind === 'goals' || s.kind === 'actions')
  const sessions = await Promise.all(
    wanted.map((s) => core.workshops.get(clientId, s.id).then((v) => v.doc)),
  )
  return sessions.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

const changed = (core: AppCore, clientId: string) =>
  core.emit({ name: 'data:changed', payload: { scope: 'client', clientId } })

const memberIdsOf = (w: WorkshopFile) =>
  new Set([...w.participants.map((p) => p.memberId), ...(w.manager ? [w.manager.memberId] : [])])

const DATE = /^\d{4}-\d\d-\d\d$/

/** The adjusted value must fit the field it replaces, as the workshop itself would demand. */
const refuseBadValue = (field: string, after: string | null) => {
  if ((field === 'goal-ends' || field === 'activity-due') && after !== null && !DATE.test(after))
    throw new AppFailure('VALIDATION', 'Give the new date as a calendar date.')
  if ((field === 'activity-text' || field === 'goal-title') && !after?.trim())
    throw new AppFailure('VALIDATION', 'The new text cannot be empty.')
}

export const followupHandlers: HandlerGroup<FollowUpChannels> = (core) => {
  const now = () => core.now().toISOString()
  const update = async (clientId: string, change: (t: TrackerFile) => TrackerFile) => {
    const saved = await core.tracker.update(clientId, change)
    changed(core, clientId)
    return saved
  }
  const goalWorkshop = async (clientId: string, workshopId: string) => {
    const { doc: workshop } = await core.workshops.get(clientId, workshopId)
    if (workshop.kind !== 'goals')
      throw new AppFailure('VALIDATION', 'Only a goal workshop has goals to review.')
    return workshop
  }

  return {
    'followup:get': async ({ clientId }) => {
      const [{ tracker, readOnly }, sessions] = await Promise.all([
        core.tracker.get(clientId),
        followedSessions(core, clientId),
      ])
      return { tracker, readOnly, sessions }
    },

    'followup:setStatus': ({ clientId, itemKey, status, note, recordedAt }) =>
      update(clientId, (t) =>
        recordStatus(t, { itemKey, status, note, recordedAt }, newId(), now()),
      ),

    'followup:startReview': async ({ clientId, workshopId, date }) => {
      const workshop = await goalWorkshop(clientId, workshopId)
      let reviewId = ''
      const tracker = await update(clientId, (t) => {
        const existing = t.reviews.find((r) => r.workshopId === workshopId && r.date === date)
        if (existing) {
          reviewId = existing.id
          return t
        }
        // Support starts as last recorded: at the previous review, else in the workshop itself.
        const previous = t.reviews.filter((r) => r.workshopId === workshopId).at(-1)
        const support =
          previous?.support ??
          Object.fromEntries(
            Object.entries(workshop.board.support).map(([id, s]) => [id, s.supported]),
          )
        reviewId = newId()
        return {
          ...t,
          reviews: [
            ...t.reviews,
            { id: reviewId, workshopId, date, heldAt: now(), support, note: '' },
          ],
        }
      })
      return { tracker, reviewId }
    },

    'followup:saveReview': ({ clientId, reviewId, support, note }) =>
      update(clientId, (t) => {
        if (!t.reviews.some((r) => r.id === reviewId))
          throw new AppFailure('NOT_FOUND', 'That review no longer exists.')
        return {
          ...t,
          reviews: t.reviews.map((r) => (r.id === reviewId ? { ...r, support, note } : r)),
        }
      }),

    'followup:adjust': async ({
      clientId,
      workshopId,
      reviewId,
      field,
      targetId,
      after,
      reason,
      agreedBy,
    }) => {
      const workshop = await goalWorkshop(clientId, workshopId)
      const members = memberIdsOf(workshop)
      if (agreedBy.some((id) => !members.has(id)))
        throw new AppFailure('VALIDATION', 'Only people of this workshop can agree to a change.')
      return update(clientId, (t) => {
        const mine = t.adjustments.filter((a) => a.workshopId === workshopId)
        const board = applyAdjustments(workshop.board, mine)
        const exists = field.startsWith('goal-')
          ? board.goals.some((g) => g.id === targetId)
          : board.activities.some((a) => a.id === targetId)
        if (!exists)
          throw new AppFailure('NOT_FOUND', 'That goal or activity is not in this workshop.')
        if (field === 'activity-owner' && after !== null && !members.has(after))
          throw new AppFailure(
            'VALIDATION',
            'The new owner must be one of the people in this workshop.',
          )
        refuseBadValue(field, after)
        const before = currentValue(board, field, targetId)
        if (before === after)
          throw new AppFailure('CONFLICT', 'Nothing changes: the value is the same.')
        const adjustment = {
          id: newId(),
          workshopId,
          reviewId,
          field,
          targetId,
          before,
          after,
          reason,
          agreedBy,
          at: now(),
        }
        return { ...t, adjustments: [...t.adjustments, adjustment] }
      })
    },

    'followup:saveAlignment': ({ clientId, context, answers }) =>
      update(clientId, (t) => upsertAlignment(t, { context, answers }, newId(), now())),

    'followup:savePairing': ({ clientId, pairing }) =>
      update(clientId, (t) => {
        if (pairing.salesId === pairing.marketingId)
          throw new AppFailure('VALIDATION', 'A pairing needs two different people.')
        const exists = t.pairings.some((p) => p.id === pairing.id)
        return {
          ...t,
          pairings: exists
            ? t.pairings.map((p) => (p.id === pairing.id ? pairing : p))
            : [...t.pairings, pairing],
        }
      }),

    'followup:removePairing': ({ clientId, pairingId }) =>
      update(clientId, (t) => ({ ...t, pairings: t.pairings.filter((p) => p.id !== pairingId) })),
  }
}
