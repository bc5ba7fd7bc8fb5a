import { useEffect, useState } from 'react'
import type { LiveMessage, LiveStamp, OnAir } from '../../../shared/workshop/stage'
import { api } from '../../lib/api'
import { detach } from '../../lib/detach'

export type OnAirState = { status: 'loading' } | { status: 'ready'; onAir: OnAir | null }

/** A save covers the live board when it carries the same edit or a later one (or another's). */
const covers = (stamp: LiveStamp | undefined, live: LiveMessage | null) =>
  stamp !== undefined &&
  live !== null &&
  (stamp.source !== live.stamp.source || stamp.seq >= live.stamp.seq)

/**
 * What the projector shows: the session the console has open (or its client's idle screen), its
 * cues, and the board as typed until a save covers it. Everything arrives as events; the first
 * state is asked for once, after listening starts, so nothing in between is missed.
 */
export const useOnAir = (): OnAirState => {
  const [state, setState] = useState<OnAirState>({ status: 'loading' })
  useEffect(() => {
    let live = true
    const change = (f: (o: OnAir) => OnAir) =>
      setState((s) => (s.status === 'ready' && s.onAir ? { ...s, onAir: f(s.onAir) } : s))
    const offs = [
      api.on('session:onAir', (onAir) => setState({ status: 'ready', onAir })),
      api.on('session:stage', (e) =>
        change((o) => (o.workshopId === e.workshopId ? { ...o, stage: e.stage } : o)),
      ),
      api.on('session:live', (message) =>
        change((o) => {
          if (o.workshopId !== message.workshopId) return o
          const held = o.live
          const older =
            held?.stamp.source === message.stamp.source && held.stamp.seq > message.stamp.seq
          return older ? o : { ...o, live: message }
        }),
      ),
      api.on('session:changed', (e) =>
        change((o) =>
          o.workshopId === e.workshopId && covers(e.stamp, o.live) ? { ...o, live: null } : o,
        ),
      ),
      api.on('data:changed', (e) =>
        change((o) =>
          o.live?.content.kind === 'agreement' && covers(e.stamp, o.live)
            ? { ...o, live: null }
            : o,
        ),
      ),
    ]
    detach(
      api.call('session:onAir', {}).then((r) => {
        if (live && r.ok)
          setState((s) => (s.status === 'loading' ? { status: 'ready', onAir: r.value } : s))
      }),
    )
    return () => {
      live = false
      for (const off of offs) off()
    }
  }, [])
  return state
}
