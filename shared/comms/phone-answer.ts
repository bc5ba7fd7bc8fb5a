import type { PhoneCommsAnswer } from '../participants/session-parts'
import type { Availability } from './agreement'
import { defaultAvailability } from './defaults'
import type { Ratings } from './edits'
import { setRating, updatePerson } from './edits'
import type { AgreementTerms } from './agreement'

/**
 * A phone's answers taken into the agreement as the console edits it: the person's own ratings
 * (an emptied one is removed, as in the grid) and their hours, zone and weekly off-grid times.
 * Dated blocks and urgent channels stay as the facilitator set them.
 */
export const applyPhoneAnswer = <D extends { ratings: Ratings; terms: AgreementTerms }>(
  draft: D,
  answer: PhoneCommsAnswer,
): D => {
  const { memberId } = answer
  let ratings = draft.ratings
  for (const [channelId, rating] of Object.entries(answer.ratings ?? {}))
    ratings = setRating(ratings, memberId, channelId, rating)
  let terms = draft.terms
  const given = answer.availability
  if (given) {
    const known = terms.people.some((p) => p.memberId === memberId)
    terms = known
      ? updatePerson(terms, memberId, (p): Availability => ({ ...p, ...given }))
      : {
          ...terms,
          people: [...terms.people, { ...defaultAvailability(memberId, given.timeZone), ...given }],
        }
  }
  return { ...draft, ratings, terms }
}
