import type { TrackerFile } from '../../../shared/followup/tracker'
import { TrackerFile as TrackerFileSchema } from '../../../shared/followup/tracker'
import { newId } from '../../../shared/library/fields'
import type { WorkshopFile } from '../../../shared/workshop/workshop'
import type { PersonKey, SampleContext } from './team'
import { EVERYONE, idOf, MARKETING, momentAt, SALES } from './team'

/**
 * What was recorded after the sessions: statuses of three workshop activities, taken at the
 * action-plan meeting, one at the desk since; the alignment check the workshop opened with; and
 * one cross-training pairing.
 */
export const sampleFollowUp =
  (ctx: SampleContext, workshop: WorkshopFile, meeting: WorkshopFile) =>
  (tracker: TrackerFile): TrackerFile => {
    const activity = (i: number) => `activity:${workshop.id}:${workshop.board.activities[i]!.id}`
    const atMeeting = { kind: 'meeting' as const, id: meeting.id }
    const meetingTime = (minutes: number) =>
      new Date(Date.parse(meeting.createdAt) + minutes * 60_000).toISOString()
    return TrackerFileSchema.parse({
      ...tracker,
      updates: [
        status(activity(0), 'done', 'Running since the first Monday', meetingTime(3), atMeeting),
        status(activity(5), 'in-progress', 'Draft is written', meetingTime(4), atMeeting),
        status(activity(4), 'in-progress', '', meetingTime(5), atMeeting),
        status(
          `meeting:${meeting.id}:${idOf(ctx, 'jonas')}`,
          'done',
          'All 23 called; four want a visit',
          momentAt(ctx, -1, 15).toISOString(),
          { kind: 'between', id: ctx.clientId },
        ),
      ],
      alignment: [
        {
          id: newId(),
          at: new Date(Date.parse(workshop.createdAt) + 60_000).toISOString(),
          context: { kind: 'workshop', id: workshop.id },
          answers: Object.fromEntries(EVERYONE.map((key) => [idOf(ctx, key), answers(key)])),
        },
      ],
      pairings: [
        {
          id: newId(),
          salesId: idOf(ctx, SALES[1]!),
          marketingId: idOf(ctx, MARKETING[1]!),
          date: momentAt(ctx, 6).toISOString().slice(0, 10),
          focus: 'shadowing',
          topic: 'Zofia joins Mehmet for a day of customer visits',
          salesLearned: '',
          marketingLearned: '',
        },
      ],
    })
  }

const status = (
  itemKey: string,
  value: 'done' | 'in-progress',
  note: string,
  at: string,
  recordedAt: { kind: 'meeting' | 'between'; id: string },
) => ({ id: newId(), itemKey, status: value, note, at, recordedAt })

/** Honest first answers: the two teams get on, but information and goals do not flow yet. */
const answers = (key: PersonKey) => {
  const sales = SALES.includes(key)
  return {
    together: sales ? 3 : 2,
    open: 2,
    communication: key === 'katrin' ? 3 : 2,
    'same-direction': 3,
    'same-page': sales ? 2 : 1,
  }
}
