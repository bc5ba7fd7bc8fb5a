import { useMemo } from 'react'
import { emptyMeetingBoard } from '../../../shared/meeting/meeting'
import { ErrorNotice } from '../../components/ErrorNotice'
import { hrefFor } from '../../lib/router'
import type { ConsoleProps } from '../session/ConsoleScreen'
import { ConsoleFrame } from '../session/ConsoleFrame'
import { ConsoleSide } from '../session/ConsoleSide'
import { PhaseTimes } from '../session/PhaseTimes'
import { useConsole } from '../session/useConsole'
import { DevicesPanel } from '../devices/DevicesPanel'
import { SESSION_SHOW } from '../devices/TeamDevicesPanel'
import { EndedEarly } from './EndedEarly'
import { MeetingPrint } from './MeetingPrint'
import { MeetingWorkArea } from './MeetingWorkArea'
import { useMeetingEditor } from './useMeetingEditor'

/** The action-plan meeting in the shared console frame; its board is the meeting's own. */
export const MeetingConsole = ({ view, stamp, setView }: ConsoleProps) => {
  const { workshop } = view
  const { clientId, id: workshopId, timer } = workshop
  const stored = useMemo(() => workshop.meeting ?? emptyMeetingBoard(), [workshop.meeting])
  const editor = useMeetingEditor(clientId, workshopId, stored, stamp)
  const session = useConsole({
    view,
    setView,
    spotlightFallback: () => {
      const last = editor.meeting.ideas.at(-1)
      return last ? { kind: 'idea', id: last.id } : null
    },
  })
  const spot = session.stage.spotlight
  const spotlightLabel =
    spot?.kind === 'idea'
      ? (editor.meeting.ideas.find((i) => i.id === spot.id)?.text ?? null)
      : null
  const finished = timer.status === 'finished'
  return (
    <ConsoleFrame
      title={workshop.title}
      back={{ href: hrefFor({ screen: 'client', clientId }), label: 'Client' }}
      saveState={editor.saveState}
      notices={
        <>
          {editor.saveError && (
            <ErrorNotice error={editor.saveError} title="The meeting was not saved." />
          )}
          {view.readOnly && (
            <p className="notice notice-warning">
              This meeting was saved by a newer version of the app and opens read-only.
            </p>
          )}
          {finished && <EndedEarly timer={timer} now={timer.finishedAt ?? 0} />}
        </>
      }
      side={
        <ConsoleSide workshop={workshop} console={session} spotlightLabel={spotlightLabel}>
          <DevicesPanel workshop={workshop} show={SESSION_SHOW} />
        </ConsoleSide>
      }
    >
      <MeetingWorkArea
        workshop={workshop}
        meeting={editor.meeting}
        update={editor.update}
        spotlight={spot}
      />
      {finished && <PhaseTimes timer={timer} />}
      {finished && <MeetingPrint workshop={workshop} />}
    </ConsoleFrame>
  )
}
