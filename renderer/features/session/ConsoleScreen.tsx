import type { WorkshopView } from '../../../shared/api/contract'
import type { LiveStamp } from '../../../shared/workshop/stage'
import { ErrorNotice } from '../../components/ErrorNotice'
import { CommsConsole } from '../comms/CommsConsole'
import { GoalConsole } from '../goal-workshop/GoalConsole'
import { MeetingConsole } from '../meeting/MeetingConsole'
import { useWorkshop } from './useWorkshop'

/** What each kind of session's console is given: the stored session, and the edit it holds. */
export interface ConsoleProps {
  view: WorkshopView
  stamp: LiveStamp | null
  setView: (v: WorkshopView) => void
}

/** The facilitator's console for any session; the board inside depends on the kind. */
export const ConsoleScreen = ({
  clientId,
  workshopId,
}: {
  clientId: string
  workshopId: string
}) => {
  const { state, setView } = useWorkshop(clientId, workshopId)
  if (state.status === 'loading') return <main className="screen" aria-busy="true" />
  if (state.status === 'error')
    return (
      <main className="screen">
        <ErrorNotice error={state.error} title="The session could not be opened." />
      </main>
    )
  const props = { view: state.view, stamp: state.stamp, setView }
  const { kind } = state.view.workshop
  if (kind === 'comms') return <CommsConsole {...props} />
  if (kind === 'actions') return <MeetingConsole {...props} />
  return <GoalConsole {...props} />
}
