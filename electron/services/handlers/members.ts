import { AppFailure } from '../../../shared/api/result'
import type { ClientFile, Member } from '../../../shared/library/client'
import { LIMITS, newId } from '../../../shared/library/fields'
import type { HandlerGroup } from './types'

type MemberChannels = 'members:add' | 'members:update' | 'members:remove' | 'members:restore'

const indexOf = (client: ClientFile, memberId: string): number => {
  const index = client.members.findIndex((m) => m.id === memberId)
  if (index < 0) throw new AppFailure('NOT_FOUND', 'This team member no longer exists.')
  return index
}

const roomFor = (client: ClientFile) => {
  if (client.members.length >= LIMITS.members) {
    throw new AppFailure('CONFLICT', `A client can have at most ${LIMITS.members} team members.`)
  }
}

export const memberHandlers: HandlerGroup<MemberChannels> = (core) => {
  const edit = async <T>(
    clientId: string,
    change: (c: ClientFile) => { client: ClientFile; result: T },
  ) => {
    let result: T | undefined
    await core.library.update(clientId, (c) => {
      const next = change(c)
      result = next.result
      return { ...next.client, updatedAt: core.now().toISOString() }
    })
    core.emit({ name: 'data:changed', payload: { scope: 'client', clientId } })
    return result as T
  }

  return {
    'members:add': ({ clientId, member }) =>
      edit(clientId, (c) => {
        roomFor(c)
        const added: Member = { ...member, id: newId() }
        return { client: { ...c, members: [...c.members, added] }, result: added }
      }),
    'members:update': ({ clientId, memberId, member }) =>
      edit(clientId, (c) => {
        const index = indexOf(c, memberId)
        const updated: Member = { ...member, id: memberId }
        return { client: { ...c, members: c.members.with(index, updated) }, result: updated }
      }),
    'members:remove': ({ clientId, memberId }) =>
      edit(clientId, (c) => {
        const index = indexOf(c, memberId)
        const member = c.members[index]!
        return {
          client: { ...c, members: c.members.filter((m) => m.id !== memberId) },
          result: { member, index },
        }
      }),
    'members:restore': ({ clientId, member, index }) =>
      edit(clientId, (c) => {
        if (c.members.some((m) => m.id === member.id)) return { client: c, result: member }
        roomFor(c)
        const members = [...c.members]
        members.splice(Math.min(index, members.length), 0, member)
        return { client: { ...c, members }, result: member }
      }),
  }
}
