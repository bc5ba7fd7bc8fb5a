import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppError, Result } from '../../../shared/api/result'
import type { LiveStamp } from '../../../shared/workshop/stage'
import { detach } from '../../lib/detach'

export const SAVE_DELAY_MS = 400

export type SaveState = 'saved' | 'pending' | 'saving' | 'error'

export interface AutosaveOptions<T> {
  /** The value as stored; taken over when it changes elsewhere and nothing here is on its way. */
  stored: T
  /** The edit the stored value came from, when known: our own saves coming back are not news. */
  storedStamp?: LiveStamp | null
  save: (value: T, stamp: LiveStamp) => Promise<Result<unknown>>
  /** Called with every change at once, before any save: the projector's live board. */
  live?: (value: T, stamp: LiveStamp) => void
}

const newSource = () => `edit-${crypto.randomUUID().slice(0, 13)}`

/**
 * The one autosave every session board uses (goal board, meeting, agreement). A change shows at
 * once and is saved within half a second; one save is in flight at a time and the latest value
 * always follows it; a pending save is sent when the screen or the window goes. A value saved
 * elsewhere is taken over when nothing typed here is still waiting, so nothing typed is lost.
 */
export const useAutosave = <T>({ stored, storedStamp, save, live }: AutosaveOptions<T>) => {
  const [value, setValue] = useState(stored)
  const [saveState, setSaveState] = useState<SaveState>('saved')
  const [saveError, setSaveError] = useState<AppError | null>(null)
  const latest = useRef(value)
  const [source] = useState(newSource)
  const seq = useRef(0)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const inFlight = useRef<Promise<void> | null>(null)
  const seenStored = useRef(stored)
  const saveRef = useRef(save)
  const liveRef = useRef(live)
  useEffect(() => {
    saveRef.current = save
    liveRef.current = live
  })
  const send = useCallback((): Promise<void> => {
    timer.current = null
    const run = async () => {
      await inFlight.current
      const stamp = { source, seq: seq.current }
      setSaveState('saving')
      const r = await saveRef.current(latest.current, stamp)
      setSaveState(r.ok ? (timer.current ? 'pending' : 'saved') : 'error')
      setSaveError(r.ok ? null : r.error)
    }
    const running = run().finally(() => {
      if (inFlight.current === running) inFlight.current = null
    })
    inFlight.current = running
    return running
  }, [source])

  const update = useCallback(
    (change: (v: T) => T) => {
      const next = change(latest.current)
      if (next === latest.current) return
      latest.current = next
      seq.current += 1
      setValue(next)
      setSaveState('pending')
      liveRef.current?.(next, { source, seq: seq.current })
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(() => detach(send()), SAVE_DELAY_MS)
    },
    [send, source],
  )

  /** Saves what is waiting now, e.g. before publishing or leaving. */
  const flush = useCallback(async () => {
    if (timer.current) {
      clearTimeout(timer.current)
      await send()
    } else await inFlight.current
  }, [send])

  useEffect(() => {
    if (stored === seenStored.current) return
    seenStored.current = stored
    if (storedStamp?.source === source) return
    if (timer.current || inFlight.current) return
    latest.current = stored
    setValue(stored)
  }, [stored, storedStamp, source])

  // Leaving the screen or closing the window sends what is waiting; it is never dropped.
  useEffect(() => {
    const leave = () => {
      if (timer.current) detach(flush())
    }
    window.addEventListener('pagehide', leave)
    return () => {
      window.removeEventListener('pagehide', leave)
      leave()
    }
  }, [flush])

  return { value, update, flush, saveState, saveError }
}
