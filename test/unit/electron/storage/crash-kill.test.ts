import { spawn } from 'node:child_process'
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prng } from '../../../support/prng'
import { tempDir } from '../../../support/temp-core'

const RUNS = 200
const AT_ONCE = 4
/**
 * Each kill starts a fresh Node process; on a busy two-core laptop one start can take a couple of
 * seconds. The budget grows with the number of kills instead of being one fixed figure.
 */
const PER_KILL_MS = 2_500

interface Outcome {
  acked: Map<string, number>
  files: Map<string, string>
}

/** Starts a writer, kills it with SIGKILL after a random delay, and reads what it left. */
const runOnce = async (script: string, dir: string, delayMs: number): Promise<Outcome> => {
  const child = spawn(process.execPath, [script, dir], { stdio: ['ignore', 'pipe', 'inherit'] })
  const acked = new Map<string, number>()
  let buffer = ''
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject)
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), delayMs)
        const ack = /^ack (\S+) (\d+)$/.exec(line)
        if (ack) acked.set(ack[1]!, Number(ack[2]))
      }
    })
    child.once('exit', () => resolve())
  })
  const files = new Map<string, string>()
  for (const name of await readdir(dir)) files.set(name, await readFile(join(dir, name), 'utf8'))
  return { acked, files }
}

describe('a writer killed with SIGKILL at random moments', () => {
  let work: string
  let script: string
  beforeAll(async () => {
    work = await tempDir('smartketing-crash-')
    script = join(work, 'crash-writer.mjs')
    await build({
      entryPoints: [join(import.meta.dirname, 'fixtures', 'crash-writer.ts')],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
    })
  })
  afterAll(() => rm(work, { recursive: true, force: true }))

  it(
    `leaves every file parseable and at least as new as its last acknowledged save (${RUNS} kills)`,
    { timeout: RUNS * PER_KILL_MS },
    async () => {
      const random = prng(20261123)
      const delays = Array.from({ length: RUNS }, () => Math.floor(random() * 60))
      let killedMidWrite = 0
      for (let i = 0; i < RUNS; i += AT_ONCE) {
        const batch = delays.slice(i, i + AT_ONCE).map(async (delay, k) => {
          const dir = join(work, `run-${i + k}`)
          await mkdir(dir)
          const { acked, files } = await runOnce(script, dir, delay)
          for (const [name, text] of files) {
            expect(name, `run ${i + k}: a stray file`).toMatch(/^[abc]\.json$|^\..*\.tmp$/)
            if (name.endsWith('.tmp')) {
              killedMidWrite++
              continue
            }
            const data = JSON.parse(text) as { seq: number; file: string }
            expect(data.file).toBe(name)
            expect(
              data.seq,
              `run ${i + k}: ${name} lost an acknowledged save`,
            ).toBeGreaterThanOrEqual(acked.get(name) ?? 0)
          }
          for (const name of acked.keys())
            expect(files.has(name), `run ${i + k}: ${name} vanished`).toBe(true)
        })
        await Promise.all(batch)
      }
      // The delays must actually hit writes in progress, or the test proves nothing.
      expect(killedMidWrite).toBeGreaterThan(0)
    },
  )
})
