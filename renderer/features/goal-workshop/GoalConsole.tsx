import { useCallback } from 'react'
import type { Activity } from '../../../shared/workshop/workshop'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useToast } from '../../components/Toasts'
import { hrefFor } from '../../lib/router'
import { ConsoleFrame } from '../session/ConsoleFrame'
import { ConsoleSide } from '../session/ConsoleSide'
import { TeamDevicesPanel } from '../devices/TeamDevicesPanel'
import { useConsole } from '../session/useConsole'
import type { ConsoleProps } from '../session/ConsoleScreen'
import { RunForOtherTeam } from './RunForOtherTeam'
import { HandoutPrint } from '../printing/HandoutPrint'
import { useBoardEditor } from './useBoardEditor'
import { WorkArea } from './WorkArea'

/** The goal workshop's console: the board of activities and goals in the shared frame. */
export const GoalConsole = ({ view, stamp, setView }: ConsoleProps) => {
  const { workshop } = view
  const { clientId, id: workshopId, timer } = workshop
  const editor = useBoardEditor(clientId, workshopId, workshop.board, stamp)
  const toast = useToast()
  const session = useConsole({
    view,
    setView,
    undo: () => void editor.undo(),
    spotlightFallback: () => {
      const last = editor.board.activities.at(-1)
      return last ? { kind: 'activity', id: last.id } : null
    },
  })
  const spot = session.stage.spotlight
  const spotlightLabel =
    spot?.kind === 'activity'
      ? (editor.board.activities.find((a) => a.id === spot.id)?.text ?? null)
      : spot?.kind === 'goal'
        ? (editor.board.goals.find((g) => g.id === spot.id)?.title ?? null)
        : null
  const finished = timer.status === 'finished'
  // Steady handlers: the board's columns are drawn again only when the board changes.
  const { undo } = editor
  const onActivityRemoved = useCallback(
    (a: Activity) =>
      toast({
        message: `Removed “${a.text.slice(0, 40)}”.`,
        action: { label: 'Undo', run: () => void undo() },
      }),
    [toast, undo],
  )
  const onGoalRemoved = useCallback(
    () =>
      toast({ message: 'Removed the goal.', action: { label: 'Undo', run: () => void undo() } }),
    [toast, undo],
  )
  return (
    <ConsoleFrame
      title={workshop.title}
      back={{ href: hrefFor({ screen: 'client', clientId }), label: 'Client' }}
      saveState={editor.saveState}
      actions={
        finished && (
          <a
            className="button primary"
            href={hrefFor({ screen: 'workshop-summary', clientId, workshopId })}
          >
            Open the summary
          </a>
        )
      }
      notices={
        <>
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
        </>
      }
      side={
        <ConsoleSide workshop={workshop} console={session} spotlightLabel={spotlightLabel}>
          {workshop.timer.status === 'ready' && <HandoutPrint workshop={workshop} />}
          <TeamDevicesPanel workshop={workshop} board={editor.board} apply={editor.tryApply} />
          {finished && <RunForOtherTeam workshop={workshop} />}
        </ConsoleSide>
      }
    >
      <WorkArea
        workshop={workshop}
        board={editor.board}
        tryApply={editor.tryApply}
        spotlight={spot}
        onActivityRemoved={onActivityRemoved}
        onGoalRemoved={onGoalRemoved}
      />
    </ConsoleFrame>
  )
}
