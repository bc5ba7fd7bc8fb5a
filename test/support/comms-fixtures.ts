import { DateTime } from 'luxon'
import type { Availability } from '../../shared/comms/agreement'
import type { Participant } from '../../shared/workshop/workshop'

/** Team members for the communication tests; ids derive from the name so tables stay readable. */
export const member = (name: string, department: Participant['department']): Participant => ({
  memberId: `member-${name.toLowerCase()}`,
  name,
  department,
})

/** Ana's week unless overridden: Berlin, Monday to Friday, 09:00–17:00, always on the grid. */
export const person = (overrides: Partial<Availability> = {}): Availability => ({
  memberId: 'member-ana',
  timeZone: 'Europe/Berlin',
  workDays: [1, 2, 3, 4, 5],
  workStart: '09:00',
  workEnd: '17:00',
  weeklyOffGrid: [],
  datedOffGrid: [],
  preferredChannel: null,
  urgentChannel: null,
  urgentNote: '',
  ...overrides,
})

/** A wall-clock time in a zone, as a moment. */
export const local = (text: string, zone = 'Europe/Berlin') =>
  DateTime.fromISO(text, { zone }).toMillis()

/** A moment as the wall clock in a zone shows it, for assertions people can read. */
export const iso = (ms: number | null, zone = 'Europe/Berlin') =>
  ms === null ? null : DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd'T'HH:mm")
