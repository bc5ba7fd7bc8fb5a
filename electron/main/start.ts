import { app } from 'electron'
import * as nodeModule from 'node:module'
import { join } from 'node:path'
import { testOverrides } from './policy/test-overrides'

/**
 * The main process's first module (`out/main/index.js`). It turns on Node's compile cache (Node
 * 22.1 and later, as in Electron 45) before the app's bundle loads, so a later start reads the main
 * process's compiled code instead of parsing its 1.9 MB of JavaScript again; the loopback host
 * does the same with `electron/host/code-cache.ts`. The cache lives in the app's own user-data
 * folder (the system's temp folder may be shared between users), and a cache that cannot be kept
 * only costs that time.
 */
const { enableCompileCache } = nodeModule as {
  enableCompileCache?: (directory?: string) => unknown
}
const userData = testOverrides(process.env, app.isPackaged).userData ?? app.getPath('userData')
enableCompileCache?.(join(userData, 'compile-cache'))

await import(new URL('./app.js', import.meta.url).href)
