// `npm start`: builds, then runs the desktop app. Where no Electron binary could be installed, it
// says so in one line and runs the same app in the default browser through the loopback host.
import { spawn, spawnSync } from 'node:child_process'
import { NO_ELECTRON_NOTE, electronBinary } from './electron-binary.mjs'

const run = (cmd, args) => spawn(cmd, args, { stdio: ['inherit', 'pipe', 'inherit'] })

if (spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0)
  process.exit(1)

const binary = electronBinary()
if (binary) {
  const app = spawn(binary, ['.'], { stdio: 'inherit' })
  app.on('exit', (code) => process.exit(code ?? 0))
} else {
  console.log(`${NO_ELECTRON_NOTE}; opening the app in your browser instead.`)
  const host = run(process.execPath, ['out/host/serve.js'])
  host.stdout.on('data', (chunk) => {
    process.stdout.write(chunk)
    const url = /https?:\/\/127\.0\.0\.1:\d+\/#token=\S+/.exec(String(chunk))?.[0]
    if (!url) return
    const opener = { darwin: 'open', win32: 'explorer' }[process.platform] ?? 'xdg-open'
    spawn(opener, [url], { stdio: 'ignore', detached: true }).on('error', () => {
      console.log('Open the address above in a browser.')
    })
  })
  host.on('exit', (code) => process.exit(code ?? 0))
}
