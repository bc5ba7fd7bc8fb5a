import { exportToFile, importFile, previewImport } from '../../portability/portability-service'
import { previewRestore } from '../../portability/restore-preview'
import type { HandlerGroup } from './types'

type PortabilityChannels =
  'portability:export' | 'portability:preview' | 'portability:import' | 'backups:preview'

export const portabilityHandlers: HandlerGroup<PortabilityChannels> = (core) => ({
  'portability:export': ({ clientId }) => exportToFile(core, clientId),
  'portability:preview': ({ text }) => previewImport(core, text),
  'portability:import': (request) => importFile(core, request),
  'backups:preview': ({ backupId }) => previewRestore(core.library.paths, backupId),
})
