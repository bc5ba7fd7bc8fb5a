import type { HttpHost } from '../electron/host/http-host'

/** A minimal client of the loopback host for benchmarks: calls, and the event stream. */
export const callHost = async (
  host: Pick<HttpHost, 'url' | 'token'>,
  name: string,
  input: unknown,
) => {
  const response = await fetch(`${host.url}/api/${name}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  })
  const result = (await response.json()) as {
    ok: boolean
    value?: unknown
    error?: { message: string }
  }
  if (!result.ok) throw new Error(`${name}: ${result.error?.message}`)
  return result.value as never
}

/** Opens the SSE stream and calls `onEvent` with each event's name as it arrives. */
export const listen = async (host: HttpHost, onEvent: (name: string) => void) => {
  const controller = new AbortController()
  const response = await fetch(`${host.url}/events?token=${host.token}`, {
    signal: controller.signal,
  })
  const reader = response.body!.getReader()
  const decoder = new TextDecoder()
  const read = async () => {
    let buffer = ''
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }))
      if (done) return
      buffer += decoder.decode(value, { stream: true })
      const frames = buffer.split('\n\n')
      buffer = frames.pop() ?? ''
      for (const frame of frames) {
        const name = /^event: (.+)$/m.exec(frame)?.[1]
        if (name) onEvent(name)
      }
    }
  }
  // A failed read ends the stream above; nothing else can reject, so there is nothing to report.
  read().catch(() => undefined)
  return () => controller.abort()
}
