import type { WorkshopView } from '../../../shared/api/contract'
import { ErrorNotice } from '../../components/ErrorNotice'
import { SaveStatus } from '../../components/SaveStatus'
import { useToast } from '../../components/Toasts'
import { hrefFor } from '../../lib/router'
import { CommsConsole } from '../comms/CommsConsole'
import { MeetingConsole } from '../meeting/MeetingConsole'
import { ConsoleSide } from './ConsoleSide'
import { useBoardEditor } from './useBoardEditor'
import { useConsole } from './useConsole'
import { useWorkshop } from './useWorkshop'
import { WorkArea } from './WorkArea'

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
        <ErrorNotice error={state.error} title="The workshop could not be opened." />
      </main>
    )
  const { kind } = state.view.workshop
  if (kind === 'comms') return <CommsConsole view={state.view} setView={setView} />
  if (kind === 'actions') return <MeetingConsole view={state.view} setView={setView} />
  return <GoalConsole view={state.view} setView={setView} />
}

const GoalConsole = ({
  view,
  setView,
}: {
  view: WorkshopView
  setView: (v: WorkshopView) => void
}) => {
  const { workshop } = view
  const { clientId, id: workshopId, timer } = workshop
  const editor = useBoardEditor(clientId, workshopId, workshop.board)
  const session = useConsole(view, setView, () => void editor.undo())
  const toast = useToast()

  return (
    <main className="console" aria-label="Facilitator console">
      <div className="console-board">
        <header className="row spread">
          <div>
            <a href={hrefFor({ screen: 'client', clientId })}>← Client</a>
            <h1>{workshop.title}</h1>
          </div>
          <SaveStatus state={editor.saveState} />
          {timer.status === 'finished' && (
            <a
              className="button primary"
              href={hrefFor({ screen: 'workshop-summary', clientId, workshopId })}
            >
              Open the summary
            </a>
          )}
        </header>
        {editor.refusal && (
          <p className="notice notice-error" role="alert">
            {editor.refusal}
          </p>
        )}
        {editor.saveError && (
          <ErrorNotice error={editor.saveError} title="The board was not saved." />
        )}
        {view.readOnly && (
          <p className="notice notice-warning">
            This workshop was saved by a newer version of the app and opens read-only.
          </p>
        )}
        <WorkArea
          workshop={workshop}
          board={editor.board}
          phaseIndex={timer.index}
          apply={editor.apply}
          onActivityRemoved={(a) =>
            toast({
              message: `Removed “${a.text.slice(0, 40)}”.`,
              action: { label: 'Undo', run: () => void editor.undo() },
            })
          }
          onGoalRemoved={() =>
            toast({
              message: 'Removed the goal.',
              action: { label: 'Undo', run: () => void editor.undo() },
            })
          }
        />
      </div>
      <ConsoleSide workshop={workshop} console={session} />
    </main>
  )
}
