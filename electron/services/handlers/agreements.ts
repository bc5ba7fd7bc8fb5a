import type { LiveStamp } from '../../../shared/workshop/stage'
import { AppFailure } from '../../../shared/api/result'
import type { AgreementFile, AgreementTerms } from '../../../shared/comms/agreement'
import { AGREEMENT_SCHEMA_VERSION } from '../../../shared/comms/agreement'
import { latestVersion } from '../../../shared/comms/agreement-file'
import { defaultTerms } from '../../../shared/comms/defaults'
import { newId } from '../../../shared/library/fields'
import { emptyBoard, WORKSHOP_SCHEMA_VERSION } from '../../../shared/workshop/workshop'
import type { AppCore } from '../app-core'
import { acknowledgeVersion } from '../../../shared/comms/acknowledge'
import type { HandlerGroup } from './types'
import { timerFromPlan } from './workshops'

type AgreementChannels =
  | 'agreements:list'
  | 'agreements:get'
  | 'agreements:create'
  | 'agreements:save'
  | 'agreements:publish'
  | 'agreements:acknowledge'
  | 'agreements:startSession'

/** Levels and people may only point at channels the agreement lists, and at its own members. */
const refuseDanglingReferences = (a: AgreementFile, terms: AgreementTerms) => {
  const channelIds = new Set(terms.channels.map((c) => c.id))
  if (channelIds.size !== terms.channels.length)
    throw new AppFailure(
      'VALIDATION',
      'Two channels are the same; remove one of them and try again.',
    )
  const known = (id: string | null) => id === null || channelIds.has(id)
  for (const level of terms.levels)
    if (!known(level.primary) || !known(level.fallback))
      throw new AppFailure('VALIDATION', `“${level.name}” uses a channel that was removed.`)
  const members = new Set(a.participants.map((p) => p.memberId))
  for (const person of terms.people) {
    if (!members.has(person.memberId))
      throw new AppFailure('VALIDATION', 'Availability was given for someone not in this team.')
    if (!known(person.preferredChannel) || !known(person.urgentChannel))
      throw new AppFailure('VALIDATION', 'A person’s channel points at a channel that was removed.')
  }
}

const changed = (core: AppCore, clientId: string, stamp?: LiveStamp) =>
  core.emit({ name: 'data:changed', payload: { scope: 'client', clientId, stamp } })

export const agreementHandlers: HandlerGroup<AgreementChannels> = (core) => ({
  'agreements:list': ({ clientId }) => core.agreements.list(clientId),
  'agreements:get': async ({ clientId, agreementId }) => {
    const { doc, readOnly } = await core.agreements.get(clientId, agreementId)
    return { agreement: doc, readOnly }
  },

  'agreements:create': async ({ clientId, title, participantIds, timeZone }) => {
    const { client } = await core.library.get(clientId)
    const participants = [...new Set(participantIds)].map((id) => {
      const m = client.members.find((x) => x.id === id)
      if (!m) throw new AppFailure('VALIDATION', 'One of the chosen people is no longer a member.')
      return { memberId: m.id, name: m.name, department: m.department }
    })
    const now = core.now().toISOString()
    const agreement = await core.agreements.create({
      schemaVersion: AGREEMENT_SCHEMA_VERSION,
      id: newId(),
      clientId,
      title,
      participants,
      createdAt: now,
      updatedAt: now,
      revision: 0,
      ratings: {},
      terms: defaultTerms(participants, timeZone, newId),
      versions: [],
    })
    changed(core, clientId)
    return agreement
  },

  'agreements:save': async ({ clientId, agreementId, ratings, terms, stamp }) => {
    const saved = await core.agreements.update(clientId, agreementId, (a) => {
      refuseDanglingReferences(a, terms)
      const members = new Set(a.participants.map((p) => p.memberId))
      const ownRatings = Object.fromEntries(
        Object.entries(ratings).filter(([memberId]) => members.has(memberId)),
      )
      return { ...a, ratings: ownRatings, terms, updatedAt: core.now().toISOString() }
    })
    changed(core, clientId, stamp)
    return { revision: saved.revision, updatedAt: saved.updatedAt }
  },

  'agreements:publish': async ({ clientId, agreementId, note }) => {
    const saved = await core.agreements.update(clientId, agreementId, (a) => {
      const latest = latestVersion(a)
      if (latest && JSON.stringify(latest.terms) === JSON.stringify(a.terms))
        throw new AppFailure(
          'CONFLICT',
          `Nothing changed since version ${latest.number}; people can acknowledge that one.`,
        )
      const now = core.now().toISOString()
      const version = {
        number: (latest?.number ?? 0) + 1,
        publishedAt: now,
        note,
        terms: a.terms,
        acknowledgements: {},
      }
      return { ...a, versions: [...a.versions, version], updatedAt: now }
    })
    changed(core, clientId)
    return saved
  },

  'agreements:acknowledge': async ({ clientId, agreementId, version, memberId, acknowledged }) => {
    const saved = await core.agreements.update(clientId, agreementId, (a) =>
      acknowledgeVersion(a, version, memberId, acknowledged, core.now().toISOString()),
    )
    changed(core, clientId)
    return saved
  },

  'agreements:startSession': async ({ clientId, agreementId, plan }) => {
    const { doc: agreement } = await core.agreements.get(clientId, agreementId)
    const now = core.now().toISOString()
    const workshop = await core.workshops.create({
      schemaVersion: WORKSHOP_SCHEMA_VERSION,
      id: newId(),
      clientId,
      kind: 'comms',
      agreementId,
      title: `${agreement.title} — session`.slice(0, 120),
      scope: 'joint',
      participants: agreement.participants,
      manager: null,
      createdAt: now,
      updatedAt: now,
      revision: 0,
      timer: timerFromPlan(plan, core.minuteMs),
      audienceBlanked: false,
      board: emptyBoard(),
      meeting: null,
    })
    changed(core, clientId)
    return workshop
  },
})
