import type { ParticipantCall, ParticipantView } from '../../shared/participants/contract'
import { detach } from '../lib/detach'

export type Reply<T> =
  { ok: true; value: T } | { ok: false; error: { code: string; message: string } }

const TOKEN_KEY = 'smartketing-device'

/** This phone's device token for this session; kept only in the tab, gone when it closes. */
export const savedToken = () => sessionStorage.getItem(TOKEN_KEY)
export const saveToken = (token: string | null) =>
  token ? sessionStorage.setItem(TOKEN_KEY, token) : sessionStorage.removeItem(TOKEN_KEY)

const unreachable = <T>(): Reply<T> => ({
  ok: false,
  error: { code: 'UNREACHABLE', message: 'The laptop cannot be reached. Check the Wi-Fi.' },
})

const postJson = async <T>(path: string, body: unknown, token?: string): Promise<Reply<T>> => {
  try {
    const res = await fetch(path, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    })
    if (res.status === 401)
      return { ok: false, error: { code: 'GONE', message: 'Not in the session.' } }
    if (res.status === 429)
      return {
        ok: false,
        error: { code: 'SLOW', message: 'Too fast: wait a second and try again.' },
      }
    return (await res.json()) as Reply<T>
  } catch {
    return unreachable()
  }
}

export const joinRoom = (request: { secret: string } | { code: string }) =>
  postJson<{ token: string }>('/join', request)

export const callRoom = (token: string, name: ParticipantCall, input: unknown) =>
  postJson<ParticipantView>(`/call/${name}`, input, token)

export const downloadSheet = async (
  token: string,
): Promise<Reply<{ blob: Blob; name: string }>> => {
  try {
    const res = await fetch('/sheet', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
    })
    if (!res.ok) {
      const body = (await res.json().catch(() => null)) as Reply<never> | null
      return body && !body.ok ? body : unreachable()
    }
    const disposition = res.headers.get('Content-Disposition') ?? ''
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1]
    return {
      ok: true,
      value: {
        blob: await res.blob(),
        name: encoded ? decodeURIComponent(encoded) : 'Goal sheet.pdf',
      },
    }
  } catch {
    return unreachable()
  }
}

export interface StreamHandlers {
  view(view: ParticipantView): void
  ended(reason: string): void
  connection(state: 'live' | 'lost'): void
}

/**
 * The room's event stream. A phone that slept or lost the Wi-Fi reconnects by itself; a token the
 * laptop no longer knows means the session is over for this phone.
 */
/** The laptop pings every 15 s: a stream silent for longer than this is dead (a sleep, a Wi-Fi switch). */
const SILENT_MS = 40_000

export const openStream = (token: string, on: StreamHandlers) => {
  let source: EventSource | null = null
  let retry: ReturnType<typeof setTimeout> | null = null
  let watchdog: ReturnType<typeof setTimeout> | null = null
  let stopped = false
  const heard = () => {
    if (watchdog) clearTimeout(watchdog)
    watchdog = setTimeout(() => {
      source?.close()
      on.connection('lost')
      detach(check())
    }, SILENT_MS)
  }
  const connect = () => {
    if (stopped) return
    source?.close()
    source = new EventSource(`/events?token=${encodeURIComponent(token)}`)
    source.addEventListener('open', () => {
      heard()
      on.connection('live')
    })
    source.addEventListener('ping', heard)
    source.addEventListener('view', (e) => {
      heard()
      on.view(JSON.parse((e as MessageEvent<string>).data))
    })
    source.addEventListener('ended', (e) => {
      stop()
      on.ended((JSON.parse((e as MessageEvent<string>).data) as { reason: string }).reason)
    })
    source.addEventListener('error', () => {
      on.connection('lost')
      if (source?.readyState === EventSource.CLOSED) detach(check())
    })
  }
  const check = async () => {
    if (retry) clearTimeout(retry)
    const r = await callRoom(token, 'me:view', {})
    if (stopped) return
    if (r.ok) return connect()
    if (r.error.code === 'GONE') return (stop(), on.ended('This session is over for this phone.'))
    on.connection('lost')
    retry = setTimeout(() => detach(check()), 3_000)
  }
  const stop = () => {
    stopped = true
    source?.close()
    if (retry) clearTimeout(retry)
    if (watchdog) clearTimeout(watchdog)
  }
  // Back from sleep: ask at once instead of waiting for the browser's own retry.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && !stopped) detach(check())
  })
  connect()
  return stop
}
