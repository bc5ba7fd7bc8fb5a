import { useEffect, useMemo, useRef, useState } from 'react'
import type { SessionAction, WorkshopView } from '../../../shared/api/contract'
import { phaseRemainingMs } from '../../../shared/workshop/timer'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useToast } from '../../components/Toasts'
import { api } from '../../lib/api'
import { hrefFor } from '../../lib/router'
import { useApiData } from '../../lib/useApiData'
import { playChime } from './chime'
import { ClockFace, SessionTotals } from './ClockFace'
import { NoLaterThan } from './NoLaterThan'
import { SessionControls } from './SessionControls'
import { ShortcutHelp } from './ShortcutHelp'
import { useBoardEditor } from './useBoardEditor'
import { useSessionKeys } from './useSessionKeys'
import { useNow, useWorkshop } from './useWorkshop'
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
  return <Console view={state.view} setView={setView} />
}

const Console = ({ view, setView }: { view: WorkshopView; setView: (v: WorkshopView) => void }) => {
  const { workshop } = view
  const { clientId, id: workshopId, timer } = workshop
  const editor = useBoardEditor(clientId, workshopId, workshop.board)
  const settings = useApiData(() => api.call('settings:get', {}), '')
  const soundOn = settings.status === 'ready' && settings.value.soundOn
  const [help, setHelp] = useState(false)
  const toast = useToast()
  const now = useNow(timer.status === 'running')
  const phase = timer.phases[timer.index]!
  const upNext = timer.phases[timer.index + 1]

  const control = async (action: SessionAction, noLaterThan?: number | null) => {
    const r = await api.call('session:control', { clientId, workshopId, action, noLaterThan })
    if (r.ok) setView({ ...view, workshop: { ...r.value, board: editor.board } })
    else toast({ message: r.error.message, tone: 'error' })
  }
  const openAudience = async () => {
    const r = await api.call('session:openAudience', { clientId, workshopId })
    if (r.ok && !r.value.opened)
      window.open(hrefFor({ screen: 'audience', clientId, workshopId }), 'smartketing-audience')
  }
  const handlers = useMemo(
    () => ({
      control: (a: SessionAction) => void control(a),
      toggleFullScreen: () =>
        void (document.fullscreenElement
          ? document.exitFullscreen()
          : document.documentElement.requestFullscreen()),
      toggleHelp: () => setHelp((h) => !h),
      undo: () => void editor.undo(),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [view, editor.undo],
  )
  useSessionKeys(handlers, true)
  usePhaseEndChime(timer, now, soundOn)

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
      <aside className="console-side" aria-label="Clock and controls">
        <p className="phase-label">
          Phase {timer.index + 1} of {timer.phases.length} · <strong>{phase.name}</strong>
          {timer.status === 'paused' && <span className="badge">Paused</span>}
          {timer.status === 'finished' && <span className="badge">Finished</span>}
        </p>
        <ClockFace timer={timer} now={now} size="console" />
        <SessionTotals timer={timer} now={now} />
        <NoLaterThan
          value={timer.noLaterThan}
          onChange={(at) => void control('setNoLaterThan', at)}
        />
        <p className="console-prompt">{phase.prompt}</p>
        <SessionControls
          timer={timer}
          blanked={workshop.audienceBlanked}
          control={(a) => void control(a)}
          openAudience={() => void openAudience()}
          toggleHelp={() => setHelp((h) => !h)}
        />
        {upNext && (
          <section className="up-next" aria-label="Up next (only you see this)">
            <h2>Up next — only you see this</h2>
            <p>
              <strong>{upNext.name}</strong>: {upNext.prompt}
            </p>
          </section>
        )}
        {help && <ShortcutHelp onClose={() => setHelp(false)} />}
      </aside>
    </main>
  )
}

const SaveStatus = ({ state }: { state: string }) => (
  <span className={`save-status save-${state}`} role="status">
    {state === 'saved' ? 'All changes saved' : state === 'error' ? 'Not saved' : 'Saving…'}
  </span>
)

/** Chimes once when the running phase crosses zero; never on reload of an already overrun phase. */
const usePhaseEndChime = (
  timer: WorkshopView['workshop']['timer'],
  now: number,
  soundOn: boolean,
) => {
  const previous = useRef<{ index: number; remaining: number } | null>(null)
  const remaining = phaseRemainingMs(timer, now)
  useEffect(() => {
    const before = previous.current
    previous.current = { index: timer.index, remaining }
    if (
      soundOn &&
      timer.status === 'running' &&
      before &&
      before.index === timer.index &&
      before.remaining > 0 &&
      remaining <= 0
    )
      playChime()
  }, [remaining, timer.index, timer.status, soundOn])
}
