import { request } from 'node:http'
import type { ParticipantView } from '../shared/participants/contract'

/**
 * Phones without a browser, for the devices benchmark: each joins with the session's secret, takes
 * a name and keeps its event stream open, as a phone on the room's Wi-Fi does, through the
 * participant contract over HTTP. Their calls load the server; their streams load its fan-out.
 */
export interface SimulatedPhone {
  call(name: string, input: unknown): Promise<ParticipantView>
  /** Bytes the server pushed down this phone's event stream so far. */
  streamed(): number
  close(): void
}

const post = (origin: string, path: string, body: unknown, token?: string) =>
  new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      `${origin}${path}`,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = ''
        res.on('data', (c: Buffer) => (text += c.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
      },
    )
    req.on('error', reject)
    req.end(JSON.stringify(body))
  })

export const joinPhone = async (
  origin: string,
  secret: string,
  memberId: string,
): Promise<SimulatedPhone> => {
  const joined = await post(origin, '/join', { secret })
  if (joined.status !== 200) throw new Error(`join: ${joined.status} ${joined.text}`)
  const { token } = (JSON.parse(joined.text) as { value: { token: string } }).value
  const call = async (name: string, input: unknown) => {
    const r = await post(origin, `/call/${name}`, input, token)
    const result = JSON.parse(r.text) as
      { ok: true; value: ParticipantView } | { ok: false; error: { message: string } }
    if (!result.ok) throw new Error(`${name}: ${r.status} ${result.error.message}`)
    return result.value
  }
  await call('name:claim', { memberId })
  let bytes = 0
  const stream = await new Promise<ReturnType<typeof request>>((resolve, reject) => {
    const req = request(`${origin}/events`, { headers: { Authorization: `Bearer ${token}` } })
    req.on('response', (res) => {
      if (res.statusCode !== 200) reject(new Error(`events: ${res.statusCode}`))
      res.on('data', (c: Buffer) => (bytes += c.length))
      // The stream ends when the bench closes it or the room ends; either is expected here.
      res.on('error', () => undefined)
      resolve(req)
    })
    req.on('error', reject)
    req.end()
  })
  stream.on('error', () => undefined)
  return { call, streamed: () => bytes, close: () => stream.destroy() }
}
