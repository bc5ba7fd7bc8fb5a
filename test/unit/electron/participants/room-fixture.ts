import { mkdir, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { join as joinPath } from 'node:path'
import type { Channel, Input, Output } from '../../../../shared/api/contract'
import { configureDevices } from '../../../../electron/participants/device-service'
import { dispatch } from '../../../../electron/services/dispatch'
import { startTempCore } from '../../../support/temp-core'

export type Reply = {
  status: number
  body: string
  json: () => { ok: boolean; value?: unknown; error?: { code: string } }
}

/** A request to the participant server as a phone (or an attacker) would send it. */
export const send = (
  origin: string,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
) =>
  new Promise<Reply>((resolve, reject) => {
    const req = request(
      `${origin}${path}`,
      { method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        let body = ''
        res.on('data', (c: Buffer) => (body += c.toString()))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body, json: () => JSON.parse(body) as never }),
        )
      },
    )
    req.on('error', reject)
    req.end(opts.body)
  })

export const post = (origin: string, path: string, input: unknown, token?: string) =>
  send(origin, path, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(input),
  })

/** A core with one client, a running goal session for `people` members, and devices configured. */
export const startRoomCore = async (people: number, maxDevices = 80) => {
  const env = await startTempCore()
  const call = async <K extends Channel>(name: K, input: Input<K>): Promise<Output<K>> => {
    const r = await dispatch(env.handlers, name, input)
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
    return r.value as Output<K>
  }
  const staticDir = joinPath(env.folder, 'participant')
  await mkdir(staticDir, { recursive: true })
  await writeFile(joinPath(staticDir, 'index.html'), '<!doctype html><title>Join</title>')
  const devices = await configureDevices(env.core, { staticDir, maxDevices })
  const session = async (names: string[]) => {
    const client = await call('clients:create', {
      name: `Client ${names[0]}`,
      industry: '',
      notes: '',
    })
    const memberIds: string[] = []
    for (const name of names) {
      const updated = await call('members:add', {
        clientId: client.id,
        member: { name, department: memberIds.length % 2 ? 'marketing' : 'sales' },
      })
      memberIds.push(updated.id)
    }
    const w = await call('workshops:create', {
      clientId: client.id,
      title: 'Q3 goals',
      scope: 'joint',
      participantIds: memberIds,
      managerId: null,
      plan: [{ name: 'Activities', prompt: 'What', minutes: 30 }],
    })
    await call('session:control', { clientId: client.id, workshopId: w.id, action: 'start' })
    return { clientId: client.id, workshopId: w.id, memberIds }
  }
  const ids = await session(Array.from({ length: people }, (_, i) => `Person ${i + 1}`))
  return { env, call, devices, ids, session }
}

export const join = async (origin: string, secret: string) => {
  const r = await post(origin, '/join', { secret })
  if (r.status !== 200) throw new Error(`join: ${r.status} ${r.body}`)
  return (r.json().value as { token: string }).token
}

export const secretOf = (joinUrl: string) => joinUrl.split('#k=')[1]!
