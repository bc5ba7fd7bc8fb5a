import { minuteMsFromEnv } from '../../services/test-settings'

export interface TestOverrides {
  /** Another user-data folder (settings, default library). */
  userData?: string
  /** Another data folder for this run only. */
  dataDir?: string
  /** A shorter plan "minute", so a whole session runs in seconds. */
  minuteMs?: number
}

/**
 * The environment variables the end-to-end tests drive the app with. A packaged app ignores them:
 * a consultant's environment must never move their library or speed up their clock.
 */
export const testOverrides = (env: NodeJS.ProcessEnv, packaged: boolean): TestOverrides => {
  if (packaged) return {}
  const userData = env['SMARTKETING_USER_DATA']
  const dataDir = env['SMARTKETING_DATA_DIR']
  const minuteMs = minuteMsFromEnv(env)
  return {
    ...(userData ? { userData } : {}),
    ...(dataDir ? { dataDir } : {}),
    ...(minuteMs ? { minuteMs } : {}),
  }
}
