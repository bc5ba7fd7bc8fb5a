import type { LiveMessage, Stage } from '../../../shared/workshop/stage'
import { DEFAULT_WARNINGS_S } from '../../../shared/workshop/warnings'
import type { WorkshopFile } from '../../../shared/workshop/workshop'
import { AudienceComms } from '../comms/AudienceComms'
import { AudienceMeeting } from '../meeting/AudienceMeeting'
import { PhaseClock } from '../session/PhaseClock'
import { useWorkshop } from '../session/useWorkshop'
import { BoardPagesProvider, PageIndicator, useBoardPages } from './BoardPages'
import { CompleteScreen } from './CompleteScreen'
import { GoalBoard } from './GoalBoard'
import { IdleScreen } from './IdleScreen'
import { Spotlight } from './Spotlight'
import { DevicesOverlay } from '../devices/DevicesOverlay'
import { useSettings } from '../settings/useSettings'

/** The stored session with the console's unsaved board laid over it. */
const withLive = (w: WorkshopFile, live: LiveMessage | null): WorkshopFile => {
  if (!live || live.workshopId !== w.id) return w
  if (live.content.kind === 'board') return { ...w, board: live.content.board }
  if (live.content.kind === 'meeting') return { ...w, meeting: live.content.meeting }
  return w
}

interface Props {
  clientId: string
  workshopId: string
  stage: Stage
  live: LiveMessage | null
}

/** One session on the projector: read-only, large, never the facilitator's controls. */
export const AudienceSession = ({ clientId, workshopId, stage, live }: Props) => {
  const { state } = useWorkshop(clientId, workshopId)
  const settings = useSettings()
  if (state.status === 'loading')
    return <main className="audience" aria-label="Audience view" aria-busy="true" />
  if (state.status === 'error') return <IdleScreen clientName={null} />
  const workshop = withLive(state.view.workshop, live)
  if (workshop.audienceBlanked)
    return (
      <main
        className={`audience audience-blank blank-${stage.blankTone}`}
        aria-label="Audience view (blank)"
      />
    )
  if (workshop.timer.status === 'finished') return <CompleteScreen workshop={workshop} />
  const ready = settings.status === 'ready' ? settings.value : null
  return (
    <Board
      workshop={workshop}
      stage={stage}
      live={live}
      auto={ready?.audiencePaging === 'auto'}
      warnAtSeconds={ready?.warnAtSeconds ?? DEFAULT_WARNINGS_S}
    />
  )
}

const Board = ({
  workshop,
  stage,
  live,
  auto,
  warnAtSeconds,
}: {
  workshop: WorkshopFile
  stage: Stage
  live: LiveMessage | null
  auto: boolean
  warnAtSeconds: readonly number[]
}) => {
  const { timer } = workshop
  const phase = timer.phases[timer.index]!
  const pages = useBoardPages(stage.page, auto, timer.index)
  const agreementLive = live?.content.kind === 'agreement' ? live.content : null
  return (
    <main className="audience" aria-label="Audience view">
      <header className="audience-head">
        <div className="audience-phase">
          <p className="audience-step">
            {workshop.title} · Phase {timer.index + 1} of {timer.phases.length}
            {timer.status === 'paused' && ' · Paused'}
          </p>
          <h1>{phase.name}</h1>
          {stage.message ? (
            <p className="audience-banner" role="status">
              {stage.message}
            </p>
          ) : (
            <p className="audience-prompt">{phase.prompt}</p>
          )}
        </div>
        <div className="audience-clock">
          <PhaseClock timer={timer} size="audience" warnAtSeconds={warnAtSeconds} />
          <PageIndicator page={pages.page} total={pages.total} more={pages.more} />
        </div>
      </header>
      <BoardPagesProvider value={pages.context}>
        <section className="audience-body" aria-label="Board">
          {workshop.kind === 'actions' ? (
            <AudienceMeeting workshop={workshop} />
          ) : workshop.kind === 'comms' && workshop.agreementId ? (
            <AudienceComms
              clientId={workshop.clientId}
              agreementId={workshop.agreementId}
              phaseIndex={timer.index}
              heatMap={stage.heatMap}
              draft={agreementLive}
            />
          ) : (
            <GoalBoard workshop={workshop} />
          )}
          {stage.spotlight && <Spotlight workshop={workshop} item={stage.spotlight} />}
        </section>
      </BoardPagesProvider>
      <DevicesOverlay workshopId={workshop.id} />
    </main>
  )
}
