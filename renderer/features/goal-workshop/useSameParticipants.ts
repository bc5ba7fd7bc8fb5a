import { useRef } from 'react'
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
  const held = useRef(participants)
  if (held.current !== participants && !sameList(held.current, participants))
    held.current = participants
  return held.current
}
