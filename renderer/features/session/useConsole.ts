import { useState } from 'react'
import type { SessionAction, WorkshopView } from '../../../shared/api/contract'
import type { Cue, ItemRef } from '../../../shared/workshop/stage'
import { DEFAULT_WARNINGS_S } from '../../../shared/workshop/warnings'
import { useToast } from '../../components/Toasts'
import { api, inDesktopApp } from '../../lib/api'
import { hrefFor } from '../../lib/router'
import type { ConsoleCommand } from './keymap'
import { useSessionKeys } from './useSessionKeys'
import { useStage } from './useStage'
import { detach } from '../../lib/detach'
import { useSettings } from '../settings/useSettings'

export interface ConsoleOptions {
  view: WorkshopView
  setView: (v: WorkshopView) => void
  /** Undo on the board; absent where a board has no undo. */
  undo?: () => void
  /** What S spotlights when nothing on the board has the focus (the newest activity, say). */
  spotlightFallback?: () => ItemRef | null
}

/** The item a focused card stands for: `data-spotlight="activity:<id>"` on the card. */
const focusedItem = (): ItemRef | null => {
  const holder = document.activeElement?.closest<HTMLElement>('[data-spotlight]')
  const [kind, id] = holder?.dataset['spotlight']?.split(':') ?? []
  return kind === 'activity' || kind === 'goal' || kind === 'idea' ? { kind, id: id! } : null
}

/**
 * What every session console shares, whatever is on its board: the controls, the keys, the
 * projector's cues and window, and asking before the last phase ends the session.
 */
export const useConsole = ({ view, setView, undo, spotlightFallback }: ConsoleOptions) => {
  const { workshop } = view
  const { clientId, id: workshopId, timer } = workshop
  const settings = useSettings()
  const ready = settings.status === 'ready' ? settings.value : null
  const { stage, foresee } = useStage(clientId, workshopId)
  const [help, setHelp] = useState(false)
  const [askFinish, setAskFinish] = useState(false)
  const toast = useToast()

  const send = async (action: SessionAction, noLaterThan?: number | null) => {
    const r = await api.call('session:control', { clientId, workshopId, action, noLaterThan })
    if (r.ok) setView({ ...view, workshop: r.value })
    else toast({ message: r.error.message, tone: 'error' })
    return r.ok
  }
  const endsSession = (action: SessionAction) =>
    timer.status !== 'finished' &&
    (action === 'finish' || (action === 'next' && timer.index === timer.phases.length - 1))
  const control = (action: SessionAction, noLaterThan?: number | null) =>
    endsSession(action) ? setAskFinish(true) : detach(send(action, noLaterThan))
  const finish = async () => {
    setAskFinish(false)
    if (await send('finish'))
      toast({
        message: 'The session is finished.',
        action: { label: 'Undo', run: () => detach(send('previous')) },
      })
  }
  const cue = (c: Cue) => {
    foresee(c)
    detach(
      api.call('session:cue', { clientId, workshopId, cue: c }).then((r) => {
        if (!r.ok) toast({ message: r.error.message, tone: 'error' })
      }),
    )
  }
  const openAudience = async (fullScreen: boolean) => {
    const r = await api.call('session:openAudience', { clientId, workshopId, fullScreen })
    if (r.ok && !r.value.opened)
      window.open(hrefFor({ screen: 'audience' }), 'smartketing-audience')
    if (fullScreen && r.ok && !r.value.fullScreen)
      toast({
        message: inDesktopApp
          ? 'The audience window is open; with no second display it stays a window you can move.'
          : 'In a browser the audience window cannot be made full screen from here: press F11 in it.',
      })
  }
  const present = () => {
    if (workshop.audienceBlanked) detach(send('unblank'))
    detach(openAudience(true))
  }
  const toggleFullScreen = () => {
    if (!document.fullscreenEnabled)
      return toast({
        message: 'This window does not allow full screen; use the browser’s own (F11).',
      })
    const change = document.fullscreenElement
      ? document.exitFullscreen()
      : document.documentElement.requestFullscreen()
    change.catch((e: Error) =>
      toast({ message: `Full screen was refused here: ${e.message}`, tone: 'error' }),
    )
  }
  const spotlight = () => {
    const item = focusedItem()
    if (item) return cue({ type: 'spotlight', item: sameItem(item, stage.spotlight) ? null : item })
    if (stage.spotlight) return cue({ type: 'spotlight', item: null })
    const fallback = spotlightFallback?.()
    if (fallback) cue({ type: 'spotlight', item: fallback })
  }
  /** Esc closes the panel, or leaves the focused field so the keys work again. */
  const escape = (): boolean => {
    const active = document.activeElement as HTMLElement | null
    if (help) setHelp(false)
    else if (active && active !== document.body) active.blur()
    else if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined)
    else return false
    return true
  }

  useSessionKeys((command: ConsoleCommand) => {
    switch (command) {
      case 'escape':
        return escape()
      case 'help':
        return setHelp((h) => !h)
      case 'fullscreen':
        return toggleFullScreen()
      case 'present':
        return present()
      case 'undo':
        return undo?.()
      case 'pageNext':
        return cue({ type: 'page', by: 1 })
      case 'pagePrevious':
        return cue({ type: 'page', by: -1 })
      case 'spotlight':
        return spotlight()
      default:
        return control(command)
    }
  })

  return {
    control,
    cue,
    stage,
    openAudience: (fullScreen: boolean) => detach(openAudience(fullScreen)),
    help,
    setHelp,
    askFinish,
    finish: () => detach(finish()),
    cancelFinish: () => setAskFinish(false),
    soundOn: ready?.soundOn ?? false,
    warnAtSeconds: ready?.warnAtSeconds ?? DEFAULT_WARNINGS_S,
  }
}

const sameItem = (a: ItemRef, b: ItemRef | null) => b !== null && a.kind === b.kind && a.id === b.id

export type ConsoleState = ReturnType<typeof useConsole>
