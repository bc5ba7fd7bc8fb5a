import type { MeetingBoard } from '../../../shared/meeting/meeting'
import type { LiveStamp } from '../../../shared/workshop/stage'
import { api } from '../../lib/api'
import { useAutosave } from '../session/useAutosave'
import { useLiveSender } from '../session/useLiveSender'

/** The meeting board as the facilitator edits it, on the one autosave every session board uses. */
export const useMeetingEditor = (
  clientId: string,
  workshopId: string,
  stored: MeetingBoard,
  storedStamp: LiveStamp | null,
) => {
  const sendLive = useLiveSender(clientId, workshopId)
  const saved = useAutosave<MeetingBoard>({
    stored,
    storedStamp,
    save: (meeting, stamp) =>
      api.call('workshops:saveMeeting', { clientId, workshopId, meeting, stamp }),
    live: (meeting, stamp) => sendLive({ kind: 'meeting', meeting }, stamp),
  })
  return {
    meeting: saved.value,
    update: saved.update,
    saveState: saved.saveState,
    saveError: saved.saveError,
  }
}

export type MeetingEditor = ReturnType<typeof useMeetingEditor>
