import { join } from 'node:path'
import { startHttpHost } from '../electron/host/http-host'
import { startTempCore } from '../test/support/temp-core'

/**
 * The process that runs the participant server in the devices benchmark: the loopback host with
 * its core and the participant server, and nothing else (no browser driver, no simulated phones),
 * so its memory is the server's own. The benchmark asks it over IPC for its memory after a full
 * garbage collection, and tells it when to stop.
 */
const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('devices-host needs --expose-gc')

const env = await startTempCore()
const host = await startHttpHost({
  core: env.core,
  handlers: env.handlers,
  staticDir: join(process.cwd(), 'out', 'renderer'),
})

process.on('message', (message: { type: 'memory' | 'close' }) => {
  if (message.type === 'memory') {
    // Twice: the first collection can leave finalised objects for the second one.
    gc()
    gc()
    const m = process.memoryUsage()
    process.send!({ type: 'memory', rss: m.rss, heapUsed: m.heapUsed, external: m.external })
  }
  if (message.type === 'close')
    host
      .close()
      .then(() => env.cleanup())
      .then(
        () => process.exit(0),
        (e: Error) => {
          console.error('[devices-host]', e)
          process.exit(1)
        },
      )
})
// The benchmark gone (finished or failed), the host goes too.
process.on('disconnect', () => process.exit(0))
process.send!({ type: 'ready', url: host.url, token: host.token })
