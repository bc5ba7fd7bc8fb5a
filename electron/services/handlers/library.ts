import { AppFailure } from '../../../shared/api/result'
import { backupExists, listBackups, restoreBackup } from '../../storage/backups'
import type { HandlerGroup } from './types'

type LibraryChannels =
  | 'app:info'
  | 'settings:get'
  | 'settings:update'
  | 'library:health'
  | 'library:pickFolder'
  | 'library:useFolder'
  | 'backups:list'
  | 'backups:create'
  | 'backups:restore'

export const libraryHandlers: HandlerGroup<LibraryChannels> = (core) => ({
  'app:info': () => ({
    name: 'Smartketing Workshop',
    version: core.options.version,
    transport: core.options.transport,
    dataDir: core.library.paths.dataDir,
    settingsFile: core.settings.path,
  }),
  'settings:get': () => core.settings.get(),
  'settings:update': (patch) => {
    const settings = core.settings.update(patch)
    core.emit({ name: 'data:changed', payload: { scope: 'settings', clientId: null } })
    return settings
  },
  'library:health': () => core.health(),
  'library:pickFolder': async () => ({ path: await core.pickFolder() }),
  'library:useFolder': async ({ path, copyCurrent }) => {
    await core.useFolder(path, copyCurrent)
    return core.health()
  },
  'backups:list': () => listBackups(core.library.paths),
  'backups:create': () => core.backupNow(),
  'backups:restore': async ({ backupId }) => {
    if (!(await backupExists(core.library.paths, backupId)))
      throw new AppFailure('NOT_FOUND', 'That backup no longer exists.')
    core.library.lock.assertWritable()
    await core.settle()
    await restoreBackup(core.library.paths, backupId, core.now())
    await core.reopen()
    return core.health()
  },
})
