import type { AppCore } from '../app-core'
import { lastRecorded } from './session'
import type { HandlerGroup } from './types'

type StageChannels =
  'session:clock' | 'session:live' | 'session:cue' | 'session:follow' | 'session:onAir'

const announceOnAir = (core: AppCore) =>
  core.emit({ name: 'session:onAir', payload: core.stage.current() })

/** The projector's channels: session time, the live board, cues, and which session it follows. */
export const stageHandlers: HandlerGroup<StageChannels> = (core) => ({
  'session:clock': async ({ clientId, workshopId }) => {
    if (clientId && workshopId) {
      const { doc: workshop } = await core.workshops.get(clientId, workshopId)
      core.sessionClock.notBefore(lastRecorded(workshop.timer))
    }
    return { now: core.sessionClock.now(), jumps: [...core.sessionClock.jumps()] }
  },
  'session:live': (update) => {
    const message = core.stage.resolve(update)
    if (!message) return { needsBoard: true }
    if (core.stage.receive(message)) core.emit({ name: 'session:live', payload: message })
    return {}
  },
  'session:cue': ({ clientId, workshopId, cue }) => {
    const stage = core.stage.cue(workshopId, cue)
    core.emit({ name: 'session:stage', payload: { clientId, workshopId, stage } })
    return stage
  },
  'session:follow': async ({ clientId, workshopId }) => {
    const { client } = await core.library.get(clientId)
    // A session that does not exist (any more) leaves the projector idle for its client.
    const known = workshopId
      ? await core.workshops.get(clientId, workshopId).then(
          () => workshopId,
          () => null,
        )
      : null
    if (core.stage.follow(clientId, client.name, known)) announceOnAir(core)
    return core.stage.current()
  },
  'session:onAir': () => core.stage.current(),
})
