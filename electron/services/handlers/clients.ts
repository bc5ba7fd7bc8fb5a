import { CLIENT_SCHEMA_VERSION } from '../../../shared/library/client'
import { newId } from '../../../shared/library/fields'
import type { HandlerGroup } from './types'

type ClientChannels =
  | 'clients:list'
  | 'clients:get'
  | 'clients:create'
  | 'clients:update'
  | 'clients:setArchived'
  | 'clients:delete'
  | 'clients:undelete'

export const clientHandlers: HandlerGroup<ClientChannels> = (core) => {
  const changed = (clientId: string | null) =>
    core.emit({
      name: 'data:changed',
      payload: { scope: clientId ? 'client' : 'library', clientId },
    })
  const stamp = () => core.now().toISOString()

  return {
    'clients:list': () => core.library.list(),
    'clients:get': ({ clientId }) => core.library.get(clientId),
    'clients:create': async (fields) => {
      const now = stamp()
      const client = await core.library.create({
        ...fields,
        schemaVersion: CLIENT_SCHEMA_VERSION,
        id: newId(),
        archived: false,
        createdAt: now,
        updatedAt: now,
        revision: 0,
        members: [],
      })
      changed(client.id)
      return client
    },
    'clients:update': async ({ clientId, fields }) => {
      const client = await core.library.update(clientId, (c) => ({
        ...c,
        ...fields,
        updatedAt: stamp(),
      }))
      changed(clientId)
      return client
    },
    'clients:setArchived': async ({ clientId, archived }) => {
      const client = await core.library.update(clientId, (c) => ({
        ...c,
        archived,
        updatedAt: stamp(),
      }))
      changed(clientId)
      return client
    },
    'clients:delete': async ({ clientId }) => {
      const summary = await core.library.trash(clientId)
      changed(clientId)
      // A deleted client's session or name never stays on the projector.
      if (core.stage.forget(clientId))
        core.emit({ name: 'session:onAir', payload: core.stage.current() })
      return { clientId, name: summary.name }
    },
    'clients:undelete': async ({ clientId }) => {
      const client = await core.library.untrash(clientId)
      changed(clientId)
      return client
    },
  }
}
