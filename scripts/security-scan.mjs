// `node scripts/security-scan.mjs [--input dir] [--allow file] [--json]`: runs Electronegativity on
// electron/ and fails on any finding that security/electronegativity-allow.json does not explain,
// on any entry there that no longer matches a finding, and on any file the scanner could not read.
import dns from 'node:dns'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import net from 'node:net'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { z } from 'zod'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)
const SCANNER = '@doyensec/electronegativity'

// AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK downloads Electron's release list from GitHub on every run,
// so it cannot run offline (CI runs the tests in `unshare -rn`). Electron upgrades are a dependency
// bump, reviewed like any other.
const NETWORK_CHECKS = ['AvailableSecurityFixesGlobalCheck']
const ALLOW_LIST = 'security/electronegativity-allow.json'

const AllowList = z.strictObject({
  about: z.string().optional(),
  findings: z.array(
    z.strictObject({
      check: z.string().regex(/^[A-Z0-9_]+$/),
      file: z.string().min(1),
      code: z.string().min(1).optional(),
      reason: z.string().min(40),
    }),
  ),
})

/**
 * Electronegativity fetches translations from S3 on every run (dist/locales/i18n.js) through `got`,
 * its only HTTP client: that client now answers "not found" without a socket, so the scanner keeps
 * its bundled English texts. Any other connection is refused and recorded, and fails the scan.
 */
const blockNetwork = () => {
  const attempts = []
  const gotPath = require.resolve('got', { paths: [dirname(require.resolve(SCANNER))] })
  const notFound = async () => ({ statusCode: 404, body: '' })
  notFound.head = notFound
  const stub = Object.assign(new Module(gotPath), { filename: gotPath, loaded: true })
  stub.exports = notFound
  require.cache[gotPath] = stub
  net.Socket.prototype.connect = function refuse(...args) {
    const options = Array.isArray(args[0]) ? args[0][0] : args[0]
    attempts.push(`connect ${options?.host ?? options?.path ?? options}:${options?.port ?? ''}`)
    process.nextTick(() => this.destroy(new Error('The security scan runs offline')))
    return this
  }
  dns.lookup = (hostname, ...rest) => {
    attempts.push(`lookup ${hostname}`)
    const callback = rest.at(-1)
    const refused = Object.assign(new Error('The security scan runs offline'), {
      code: 'ENOTFOUND',
    })
    if (typeof callback === 'function') process.nextTick(() => callback(refused))
  }
  return attempts
}

const repoPath = (file) => relative(root, file).split(sep).join('/')

const toFinding = (issue) => ({
  check: issue.id,
  file: issue.file === 'N/A' ? 'N/A' : repoPath(issue.file),
  line: issue.location.line,
  code: (issue.sample ?? '').trim(),
  severity: issue.severity.name,
  description: String(issue.description ?? '')
    .replace(/\s+/g, ' ')
    .trim(),
})

/** Explanations belong in the allow-list, where they have a reason; the scanner's own
 * `eng-disable` comments would hide a finding without one. */
const inlineDisables = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(jsx?|tsx?|html?|json)$/.test(d.name))
    .flatMap((d) => {
      const file = join(d.parentPath, d.name)
      return readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((text, n) => (/eng-disable/i.test(text) ? [`${repoPath(file)}:${n + 1}`] : []))
    })

const readAllowList = (file) => {
  const parsed = AllowList.safeParse(JSON.parse(readFileSync(file, 'utf8')))
  if (!parsed.success) throw new Error(`${file}:\n${z.prettifyError(parsed.error)}`)
  return parsed.data.findings
}

const scan = async (input, allow) => {
  const entries = readAllowList(allow)
  if (!statSync(input).isDirectory()) throw new Error(`${input} is not a folder`)
  const networkAttempts = blockNetwork()
  const electronVersion = require('electron/package.json').version
  const result = await require(SCANNER)({
    input,
    electronVersionOverride: electronVersion,
    excludeFromScan: NETWORK_CHECKS,
  })
  const matches = (entry, f) =>
    entry.check === f.check && entry.file === f.file && (!entry.code || f.code.includes(entry.code))
  // One entry explains one finding: a second window built the same way needs its own entry, so
  // new code never hides behind an explanation written for old code.
  const unused = [...entries]
  const findings = result.issues.map(toFinding).map((f) => {
    const at = unused.findIndex((e) => matches(e, f))
    const [entry] = at === -1 ? [] : unused.splice(at, 1)
    return { ...f, reason: entry?.reason ?? null }
  })
  const report = {
    scanner: require(`${SCANNER}/package.json`).version,
    electronVersion,
    input: repoPath(input),
    findings,
    stale: unused,
    notScanned: result.errors.filter((e) => !e.tolerable).map((e) => repoPath(e.file)),
    inlineDisables: inlineDisables(input),
    networkAttempts,
  }
  const problems = [report.stale, report.notScanned, report.inlineDisables, networkAttempts]
  const ok = findings.every((f) => f.reason) && problems.every((list) => list.length === 0)
  return { ok, ...report }
}

const clip = (text, width) => (text.length > width ? `${text.slice(0, width - 1)}…` : text)

const printTable = (report) => {
  const rows = [
    ...report.findings.map((f) => [
      f.reason ? 'allowed' : 'NEW',
      f.check,
      f.file === 'N/A' ? 'N/A' : `${f.file}:${f.line}`,
      f.reason ??
        [`${f.severity}:`, f.description, f.code && `— ${f.code}`].filter(Boolean).join(' '),
    ]),
    ...report.stale.map((e) => ['STALE', e.check, e.file, 'no finding matches this entry']),
    ...report.notScanned.map((file) => ['UNREAD', '-', file, 'the scanner could not parse it']),
    ...report.inlineDisables.map((at) => ['INLINE', '-', at, 'eng-disable: use the allow-list']),
    ...report.networkAttempts.map((a) => ['NETWORK', '-', '-', a]),
  ]
  const header = ['STATUS', 'CHECK', 'WHERE', 'WHY']
  const widths = [0, 1, 2].map((c) => Math.max(...[header, ...rows].map((r) => r[c].length)))
  const line = (r) => r.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]) : clip(cell, 90)))
  console.log(
    `Electronegativity ${report.scanner} on ${report.input}/ as Electron ${report.electronVersion}` +
      ` (skipped, needs the network: ${NETWORK_CHECKS.join(', ')})\n`,
  )
  for (const r of [header, ...rows]) console.log(line(r).join('  '))
  console.log(
    report.ok
      ? '\nEvery finding is explained in the allow-list.'
      : `\nFAILED: fix each NEW finding or explain it in ${ALLOW_LIST}, delete each STALE entry,` +
          ' and resolve any UNREAD, INLINE or NETWORK row.',
  )
}

const { values } = parseArgs({
  options: {
    input: { type: 'string', default: join(root, 'electron') },
    allow: { type: 'string', default: join(root, ALLOW_LIST) },
    json: { type: 'boolean', default: false },
  },
})

try {
  const report = await scan(resolve(values.input), resolve(values.allow))
  if (values.json) console.log(JSON.stringify(report, null, 2))
  else printTable(report)
  process.exitCode = report.ok ? 0 : 1
} catch (error) {
  console.error(`Security scan failed to run: ${error instanceof Error ? error.message : error}`)
  process.exitCode = 2
}
