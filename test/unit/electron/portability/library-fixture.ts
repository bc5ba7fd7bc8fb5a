import { readFile } from 'node:fs/promises'
import { afterEach } from 'vitest'
import { join } from 'node:path'
import type { Channel, Input, Output } from '../../../../shared/api/contract'
import type { Result } from '../../../../shared/api/result'
import { DEFAULT_ACTION_PLAN, emptyMeetingBoard } from '../../../../shared/meeting/meeting'
import { emptyBoard } from '../../../../shared/workshop/workshop'
import { dispatch } from '../../../../electron/services/dispatch'
import { snapshotFolder, startTempCore } from '../../../support/temp-core'

export type Env = Awaited<ReturnType<typeof startTempCore>>

/** A core whose clock moves a minute per reading, so every save has its own time. */
export const startLibrary = (from = '2026-03-02T09:00:00.000Z') => {
  let clock = new Date(from)
  return startTempCore({ now: () => (clock = new Date(clock.getTime() + 60_000)) })
}

export const call = async <K extends Channel>(env: Env, name: K, input: Input<K>) =>
  (await dispatch(env.handlers, name, input)) as Result<Output<K>>

export const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value
}

const ONE_PHASE = [{ name: 'Goals', prompt: '', minutes: 15 }]

/** A client with a team, a goal workshop, an action-plan meeting, an agreement and its session. */
const seedClient = async (env: Env, name: string, team: [string, 'sales' | 'marketing'][]) => {
  const { id: clientId } = value(await call(env, 'clients:create', { name, notes: 'Notizen ✏️' }))
  const ids: string[] = []
  for (const [member, department] of team)
    ids.push(
      value(await call(env, 'members:add', { clientId, member: { name: member, department } })).id,
    )
  const [a, b] = ids as [string, string]
  const session = (kind: 'goals' | 'actions', title: string) =>
    call(env, 'workshops:create', {
      clientId,
      kind,
      title,
      scope: 'joint',
      participantIds: ids,
      managerId: null,
      plan: kind === 'goals' ? ONE_PHASE : DEFAULT_ACTION_PLAN,
    }).then(value)
  const goals = await session('goals', `Ziele ${name}`)
  const activity = {
    id: 'activity-1',
    text: 'Brochure in 中文, “café” édition',
    kind: 'improve' as const,
    tag: 'joint' as const,
    proposedBy: a,
    ownerId: b,
    dueDate: null,
  }
  const board = {
    ...emptyBoard(),
    activities: [activity],
    reviewDates: ['2026-04-10', null, null, null],
  }
  value(await call(env, 'workshops:saveBoard', { clientId, workshopId: goals.id, board }))
  const meeting = await session('actions', 'Action plan 🚀')
  value(
    await call(env, 'workshops:saveMeeting', {
      clientId,
      workshopId: meeting.id,
      meeting: { ...emptyMeetingBoard(), topic: 'Übergabe', nextMeeting: '2026-04-24' },
    }),
  )
  const agreement = value(
    await call(env, 'agreements:create', {
      clientId,
      title: 'Wie wir uns erreichen',
      participantIds: ids,
      timeZone: 'Asia/Tokyo',
    }),
  )
  value(await call(env, 'agreements:publish', { clientId, agreementId: agreement.id, note: 'v1' }))
  value(
    await call(env, 'agreements:acknowledge', {
      clientId,
      agreementId: agreement.id,
      version: 1,
      memberId: a,
      acknowledged: true,
    }),
  )
  const comms = value(
    await call(env, 'agreements:startSession', {
      clientId,
      agreementId: agreement.id,
      plan: ONE_PHASE,
    }),
  )
  const recordedAt = { kind: 'between' as const, id: clientId }
  value(
    await call(env, 'followup:setStatus', {
      clientId,
      itemKey: `activity:${goals.id}:activity-1`,
      status: 'done',
      note: 'ذهب بشكل جيد',
      recordedAt,
    }),
  )
  value(
    await call(env, 'followup:startReview', { clientId, workshopId: goals.id, date: '2026-04-10' }),
  )
  return { clientId, memberIds: ids, goals, meeting, comms, agreement }
}

/** Two clients with non-Latin and emoji names, sessions of all three kinds, and a plan template. */
export const seedLibrary = async (env: Env) => {
  const sakura = await seedClient(env, '株式会社 さくら 🌸', [
    ['佐藤 花子', 'sales'],
    ['דוד לוי', 'marketing'],
  ])
  const orsted = await seedClient(env, 'Ørsted & Co: Nord/Süd', [
    ['Zoë Šimková', 'sales'],
    ['Jürgen Größ', 'marketing'],
  ])
  value(
    await call(env, 'templates:save', {
      plan: [{ name: 'Warm-up 🎯', prompt: 'Was läuft gut?', minutes: 3 }],
    }),
  )
  return { sakura, orsted }
}

export type SeededClient = Awaited<ReturnType<typeof seedLibrary>>['sakura']

export const sessionPath = (c: SeededClient, session: { id: string }) =>
  `workshops/${c.clientId}/${session.id}.json`

/** Saves the client's goal workshop with every activity's text changed, as the board does. */
export const editActivity = async (env: Env, c: SeededClient, text: string) => {
  const { workshop } = value(
    await call(env, 'workshops:get', { clientId: c.clientId, workshopId: c.goals.id }),
  )
  const activities = workshop.board.activities.map((a) => ({ ...a, text }))
  const board = { ...workshop.board, activities }
  value(
    await call(env, 'workshops:saveBoard', { clientId: c.clientId, workshopId: c.goals.id, board }),
  )
}

export const setTopic = async (env: Env, c: SeededClient, topic: string) =>
  value(
    await call(env, 'workshops:saveMeeting', {
      clientId: c.clientId,
      workshopId: c.meeting.id,
      meeting: { ...emptyMeetingBoard(), topic },
    }),
  )

export const topicOf = async (env: Env, c: SeededClient) =>
  value(await call(env, 'workshops:get', { clientId: c.clientId, workshopId: c.meeting.id }))
    .workshop.meeting?.topic

/** Every data file a library holds (not the index, backups, exports or trash), parsed. */
export const dataDocuments = async (dataDir: string): Promise<Record<string, unknown>> => {
  const files = await snapshotFolder(dataDir)
  const docs: Record<string, unknown> = {}
  for (const rel of Object.keys(files).map((f) => f.split('\\').join('/'))) {
    if (!/^(clients|workshops|agreements|followup)\/|^templates\.json$/.test(rel)) continue
    docs[rel] = JSON.parse(await readFile(join(dataDir, rel), 'utf8'))
  }
  return docs
}

/** Exports through the handler (into <data>/exports in this transport) and reads the file back. */
export const exportText = async (env: Env, clientId: string | null = null) => {
  const result = value(await call(env, 'portability:export', { clientId }))
  return { result, text: await readFile(result.path!, 'utf8') }
}

/** Preview, then import taking every suggestion unless `choices` says otherwise. */
export const importText = async (
  env: Env,
  text: string,
  choices: Record<string, 'keep-mine' | 'take-theirs'> = {},
) => {
  const preview = value(await call(env, 'portability:preview', { text }))
  const suggested = Object.fromEntries(
    preview.items.filter((i) => i.suggested).map((i) => [i.path, i.suggested!]),
  )
  const result = await call(env, 'portability:import', {
    text,
    planId: preview.planId,
    choices: { ...suggested, ...choices },
  })
  return { preview, result }
}

/** The data folder without exports/, which only ever gains the files a test exported. */
export const libraryState = async (dataDir: string) => {
  const all = await snapshotFolder(dataDir)
  return Object.fromEntries(Object.entries(all).filter(([k]) => !k.startsWith('exports')))
}

/** Opens libraries for one test file and closes every one of them after each test. */
export const openLibraries = () => {
  const envs: Env[] = []
  afterEach(async () => {
    await Promise.all(envs.splice(0).map((e) => e.cleanup()))
  })
  return async (from?: string) => {
    const env = await startLibrary(from)
    envs.push(env)
    return env
  }
}
