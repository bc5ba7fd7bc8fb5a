// `npm run dev`: the app in a browser, rebuilt on every save. A change to the renderer is rebuilt
// into out/renderer, which the host reads on each request: reload the page. A change to the Node
// side rebuilds the host and the PDF worker and restarts the host (after the old one has let go of
// the library), which prints its new address. Arguments go to the host: npm run dev -- --data dir
import { spawn } from 'node:child_process'
import { context } from 'esbuild'
import { build as viteBuild } from 'vite'
import { HOST, HOST_APP, PARTICIPANT, WORKER } from './node-builds.mjs'

const args = process.argv.slice(2)
let host = null
let restarting = Promise.resolve()

const stopHost = () =>
  new Promise((resolve) => {
    if (!host || host.exitCode !== null || host.signalCode !== null) return resolve()
    host.once('exit', resolve)
    host.kill('SIGTERM')
  })

const restartHost = () => {
  restarting = restarting.then(async () => {
    await stopHost()
    host = spawn(process.execPath, ['out/host/serve.js', ...args], { stdio: 'inherit' })
  })
}

let timer = null
const onRebuilt = {
  name: 'restart-host',
  setup: (build) =>
    build.onEnd((result) => {
      if (result.errors.length > 0) return
      clearTimeout(timer)
      timer = setTimeout(restartHost, 150)
    }),
}

const watchers = await Promise.all(
  [HOST, HOST_APP, WORKER].map((options) => context({ ...options, plugins: [onRebuilt] })),
)
// The phones' page is read from disk on each request, like the renderer: no restart needed.
const participantPage = await context(PARTICIPANT)
await Promise.all([...watchers, participantPage].map((w) => w.watch()))
const renderer = await viteBuild({
  configFile: 'vite.config.ts',
  logLevel: 'warn',
  build: { watch: {} },
})
console.log('Watching electron/, shared/ and renderer/; stop with Ctrl+C.')

const quit = async () => {
  await Promise.all([...watchers, participantPage].map((w) => w.dispose()))
  await renderer.close?.()
  await stopHost()
  process.exit(0)
}
process.on('SIGINT', () => void quit())
process.on('SIGTERM', () => void quit())
