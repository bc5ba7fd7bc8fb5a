import type { Department } from '../../../shared/library/client'

/** A client's member as the follow-up screens need them. */
export interface TeamMember {
  id: string
  name: string
  department: Department
}

export const nameOf = (members: readonly TeamMember[], id: string) =>
  members.find((m) => m.id === id)?.name ?? 'A former member'
