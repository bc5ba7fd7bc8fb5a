import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { spawn } from 'node:child_process'
import { join } from 'node:path'

export interface HostProcess {
  url: string
  child: ChildProcessWithoutNullStreams
  stop(signal?: NodeJS.Signals): Promise<void>
}

/** Starts the built loopback host on a fresh port for one test's own folder; resolves with its URL. */
export const startHost = (folder: string, env: Record<string, string> = {}): Promise<HostProcess> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        'out/host/serve.js',
        '--data',
        join(folder, 'library'),
        '--settings',
        join(folder, 'settings'),
      ],
      { env: { ...process.env, ...env } },
    )
    let output = ''
    const timer = setTimeout(() => reject(new Error(`Host did not start:\n${output}`)), 15_000)
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString()
      const url = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output)?.[1]
      if (!url) return
      clearTimeout(timer)
      resolve({
        url,
        child,
        stop: (signal = 'SIGTERM') =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done()
            child.once('exit', () => done())
            child.kill(signal)
            setTimeout(() => child.kill('SIGKILL'), 5_000).unref()
          }),
      })
    })
    child.once('exit', (code) => reject(new Error(`Host exited (${code}):\n${output}`)))
  })
