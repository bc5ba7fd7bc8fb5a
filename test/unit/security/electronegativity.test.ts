import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

type Finding = { check: string; file: string; line: number; code: string; reason: string | null }
type Entry = { check: string; file: string; code?: string; reason: string }
type Report = {
  ok: boolean
  findings: Finding[]
  stale: Entry[]
  notScanned: string[]
  inlineDisables: string[]
  networkAttempts: string[]
}

const root = resolve(import.meta.dirname, '../../..')
const scratch = mkdtempSync(join(tmpdir(), 'security-scan-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

// The script itself, as CI runs it: each run is a fresh Node process (about 3 s).
const runScan = (...args: string[]) => {
  const run = spawnSync(process.execPath, ['scripts/security-scan.mjs', '--json', ...args], {
    cwd: root,
    encoding: 'utf8',
  })
  if (run.status !== 0 && run.status !== 1) throw new Error(`The scan did not run:\n${run.stderr}`)
  return { status: run.status, report: JSON.parse(run.stdout) as Report }
}

const writeApp = (name: string, source: string) => {
  const dir = join(scratch, name)
  mkdirSync(dir)
  writeFileSync(join(dir, 'main.ts'), source)
  return dir
}

const allowList = (name: string, findings: Entry[]) => {
  const file = join(scratch, `${name}.json`)
  writeFileSync(file, JSON.stringify({ findings }))
  return file
}

const unsafeWindow = `import { BrowserWindow } from 'electron'
export const open = () =>
  new BrowserWindow({
    webPreferences: {
      nodeIntegration: true,
      contextIsolation: false,
    },
  })
`

describe('security scan (Electronegativity)', { timeout: 30_000 }, () => {
  it('finds nothing in electron/ that the allow-list does not explain, and no stale entry', () => {
    const { status, report } = runScan()
    expect(report.findings.filter((f) => !f.reason)).toEqual([])
    expect(report.stale).toEqual([])
    expect(report.notScanned).toEqual([])
    expect(report.inlineDisables).toEqual([])
    expect(report.networkAttempts).toEqual([])
    expect(status).toBe(0)
  })

  it('fails on an unsafe window and on an allow-list entry that matches nothing', () => {
    const app = writeApp('unsafe', unsafeWindow)
    const file = relative(root, join(app, 'main.ts')).split('\\').join('/')
    const allow = allowList('unsafe', [
      {
        check: 'CONTEXT_ISOLATION_JS_CHECK',
        file,
        code: 'contextIsolation: false',
        reason: 'Explained here only to prove that an explained finding passes.',
      },
      {
        check: 'SANDBOX_JS_CHECK',
        file: 'electron/main/gone.ts',
        reason: 'Points at a file that does not exist, so it can match nothing.',
      },
    ])
    const { status, report } = runScan('--input', app, '--allow', allow)
    const unexplained = report.findings.filter((f) => !f.reason)
    expect(unexplained).toContainEqual(
      expect.objectContaining({ check: 'NODE_INTEGRATION_JS_CHECK', file, line: 5 }),
    )
    expect(report.findings).toContainEqual(
      expect.objectContaining({ check: 'CONTEXT_ISOLATION_JS_CHECK', reason: expect.any(String) }),
    )
    expect(report.stale.map((e) => e.file)).toEqual(['electron/main/gone.ts'])
    expect(report.ok).toBe(false)
    expect(status).toBe(1)
  })

  it('lets one entry explain one finding: a second window built the same way is new', () => {
    const twice = `${unsafeWindow}export const openAgain = () =>
  new BrowserWindow({ webPreferences: { contextIsolation: false } })
`
    const app = writeApp('twice', twice)
    const file = relative(root, join(app, 'main.ts')).split('\\').join('/')
    const allow = allowList('twice', [
      {
        check: 'CONTEXT_ISOLATION_JS_CHECK',
        file,
        reason: 'Written for the first window only, so it must not cover the second one.',
      },
    ])
    const { report } = runScan('--input', app, '--allow', allow)
    const isolation = report.findings.filter((f) => f.check === 'CONTEXT_ISOLATION_JS_CHECK')
    expect(isolation).toHaveLength(2)
    expect(isolation.filter((f) => f.reason === null)).toHaveLength(1)
    expect(report.ok).toBe(false)
  })

  it('refuses eng-disable comments, which would hide a finding without a reason', () => {
    const app = writeApp('inline', `// eng-disable NODE_INTEGRATION_JS_CHECK\n${unsafeWindow}`)
    const { status, report } = runScan('--input', app, '--allow', allowList('inline', []))
    expect(report.findings.map((f) => f.check)).not.toContain('NODE_INTEGRATION_JS_CHECK')
    expect(report.inlineDisables).toHaveLength(1)
    expect(status).toBe(1)
  })
})
