import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { spawn } from 'node:child_process'
import { join } from 'node:path'

export interface HostProcess {
  url: string
  /** The per-run token and origin, for calls made without a browser. */
  token: string
  origin: string
  child: ChildProcessWithoutNullStreams
  /** Everything the host printed so far. */
  output(): string
  stop(signal?: NodeJS.Signals): Promise<void>
}

export interface HostOptions {
  /** Defaults to `<folder>/library` and `<folder>/settings`. */
  dataDir?: string
  settingsDir?: string
  /** Runs the host as another user (root only): a file mode then means what it says. */
  uid?: number
  gid?: number
  /** How long the host may take to start; a busy machine needs more than an idle one. */
  startMs?: number
  /** A port of the caller's choosing, as the app's own origin stays the same between starts. */
  port?: number
}

/** Starts the built loopback host on a fresh port for one test's own folder; resolves with its URL. */
export const startHost = (
  folder: string,
  env: Record<string, string> = {},
  options: HostOptions = {},
): Promise<HostProcess> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        'out/host/serve.js',
        '--data',
        options.dataDir ?? join(folder, 'library'),
        '--settings',
        options.settingsDir ?? join(folder, 'settings'),
        ...(options.port === undefined ? [] : ['--port', String(options.port)]),
      ],
      {
        env: { ...process.env, ...env },
        ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid }),
      },
    )
    let output = ''
    const limit = options.startMs ?? 30_000
    const timer = setTimeout(() => reject(new Error(`Host did not start:\n${output}`)), limit)
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    let started = false
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString()
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([\w-]+)/.exec(output)
      if (!m || started) return
      started = true
      clearTimeout(timer)
      resolve({
        url: m[0],
        origin: m[1]!,
        token: m[2]!,
        child,
        output: () => output,
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

/** One contract call over HTTP, as the page makes it. */
export const callHost = async (host: HostProcess, name: string, input: unknown) => {
  const response = await fetch(`${host.origin}/api/${name}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  })
  return (await response.json()) as
    { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }
}
