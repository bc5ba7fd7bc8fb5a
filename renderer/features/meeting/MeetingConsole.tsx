import type { WorkshopView } from '../../../shared/api/contract'
import { emptyMeetingBoard } from '../../../shared/meeting/meeting'
import { ErrorNotice } from '../../components/ErrorNotice'
import { SaveStatus } from '../../components/SaveStatus'
import { hrefFor } from '../../lib/router'
import { ConsoleSide } from '../goal-workshop/ConsoleSide'
import { useConsole } from '../goal-workshop/useConsole'
import { EndedEarly } from './EndedEarly'
import { MeetingPrint } from './MeetingPrint'
import { MeetingWorkArea } from './MeetingWorkArea'
import { useMeetingEditor } from './useMeetingEditor'

const noUndo = () => undefined

/** The action-plan meeting on the shared clock and controls; its board is the meeting's own. */
export const MeetingConsole = ({
  view,
  setView,
}: {
  view: WorkshopView
  setView: (v: WorkshopView) => void
}) => {
  const { workshop } = view
  const { clientId, id: workshopId, timer } = workshop
  const editor = useMeetingEditor(clientId, workshopId, workshop.meeting ?? emptyMeetingBoard())
  const session = useConsole(view, setView, noUndo)
  return (
    <main className="console" aria-label="Facilitator console">
      <div className="console-board">
        <header className="row spread">
          <div>
            <a href={hrefFor({ screen: 'client', clientId })}>← Client</a>
            <h1>{workshop.title}</h1>
          </div>
          <SaveStatus state={editor.saveState} />
        </header>
        {editor.saveError && (
          <ErrorNotice error={editor.saveError} title="The meeting was not saved." />
        )}
        {view.readOnly && (
          <p className="notice notice-warning">
            This meeting was saved by a newer version of the app and opens read-only.
          </p>
        )}
        <EndedEarly timer={timer} now={session.now} />
        <MeetingWorkArea workshop={workshop} meeting={editor.meeting} update={editor.update} />
        {timer.status === 'finished' && <MeetingPrint workshop={workshop} />}
      </div>
      <ConsoleSide workshop={workshop} console={session} />
    </main>
  )
}
