import { parseArgs } from 'node:util'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { AppCore } from '../services/app-core'
import { createHandlers } from '../services/handlers'
import { SettingsService } from '../services/settings-service'
import { defaultDataDir, userDataDir } from '../services/user-data-dir'
import { APP_VERSION } from '../version'
import { exportsFolderDestination } from '../services/pdf-destination'
import { backupDelayMsFromEnv, minuteMsFromEnv } from '../services/test-settings'
import { confSettings } from './conf-settings'
import { startHttpHost } from './http-host'
import { devicesFor } from '../participants/device-service'
import { warmFirstAnswers } from '../services/warm-answers'

/**
 * `npm run serve`: the app in a browser, for development and for machines without Electron.
 * Flags give tests a fresh data folder per run; by default it opens the same library as the app.
 * Built as CommonJS and started by `serve.ts`, which keeps its compiled code between starts.
 */
const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    settings: { type: 'string' },
    port: { type: 'string', default: '0' },
  },
})

// Every request is answered inside its own handler; should anything still escape, it is logged
// and the host keeps serving: a development host that dies on one request loses the session.
process.on('unhandledRejection', (e) => console.error('[host] unhandled:', e))

/** Resolves once the host listens and has its first answers ready. */
const start = async (): Promise<void> => {
  const here = dirname(fileURLToPath(import.meta.url))
  const userData = values.settings ? resolve(values.settings) : userDataDir()
  const settingsFile = confSettings(userData)
  const settings = new SettingsService(
    settingsFile.backend,
    defaultDataDir(userData),
    settingsFile.problems,
  )
  if (values.data) settings.overrideDataDir(resolve(values.data))

  const core = await AppCore.start({
    transport: 'http',
    version: APP_VERSION,
    settings,
    pickFolder: async () => null,
    // In a browser the console page opens the audience page itself.
    openAudience: async () => false,
    minuteMs: minuteMsFromEnv(),
    backupDelayMs: backupDelayMsFromEnv(),
    onStartupBackup: ({ written, ms, made }) =>
      console.log(
        made
          ? `Start-up backup: ${Math.ceil(written / 1024)} KB written in ${Math.round(ms)} ms`
          : `Start-up backup: nothing changed (${Math.round(ms)} ms)`,
      ),
    savePdf: exportsFolderDestination(() => core.library.paths.dataDir),
    pdfWorkerPath: join(here, '..', 'worker', 'pdf-worker.js'),
    installFolder: join(here, '..'),
  })
  const handlers = createHandlers(core)
  const host = await startHttpHost({
    core,
    handlers,
    staticDir: join(here, '..', 'renderer'),
    port: Number(values.port),
  })
  console.log(`Smartketing Workshop is running at ${host.url}/#token=${host.token}`)
  console.log(`Data folder: ${core.library.paths.dataDir}`)
  const readOnly = core.library.lock.readOnlyMessage
  if (readOnly) console.log(readOnly)
  const warmed = warmFirstAnswers(handlers).catch(() => undefined)
  core.afterStart().catch((e: Error) => console.error(`Start-up housekeeping failed: ${e.message}`))

  const stop = async () => {
    // Whatever happens, a stop request ends the process within two seconds.
    setTimeout(() => process.exit(1), 2_000).unref()
    await devicesFor(core).close()
    await host.close()
    await core.close()
    process.exit(0)
  }
  const stopOrExit = () =>
    stop().catch((e: Error) => {
      console.error(`Stopping failed: ${e.message}`)
      process.exit(1)
    })
  process.on('SIGINT', stopOrExit)
  process.on('SIGTERM', stopOrExit)
  await warmed
}

export const hostStarted: Promise<void> = start().catch((e: Error) => {
  console.error(`The host could not start: ${e.stack ?? e.message}`)
  process.exit(1)
})
