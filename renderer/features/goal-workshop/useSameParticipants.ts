import { useState } from 'react'
import type { Participant } from '../../../shared/workshop/workshop'

const sameList = (a: Participant[], b: Participant[]) =>
  a.length === b.length &&
  a.every(
    (p, i) =>
      p.memberId === b[i]!.memberId && p.name === b[i]!.name && p.department === b[i]!.department,
  )

/**
 * The session's participants, as the same array while they stay the same. Every save of the
 * board brings the workshop back as a new object (about once a second while phones propose), and
 * the parts of the board that list people should not be drawn again for it.
 */
export const useSameParticipants = (participants: Participant[]): Participant[] => {
  const [held, hold] = useState(participants)
  if (held === participants || sameList(held, participants)) return held
  // A real change: held from now on (React's way to adjust state while rendering).
  hold(participants)
  return participants
}
