// Runs several npm scripts at once and prints each one's output whole when it ends, so the
// typecheck and the lint (one core each) share a two-core machine instead of queueing.
// Exits with the first failure's code, after every script has finished.
import { spawn } from 'node:child_process'

const names = process.argv.slice(2)
if (names.length === 0) {
  console.error('usage: node scripts/run-parallel.mjs <npm script> [<npm script> ...]')
  process.exit(2)
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const run = (name) =>
  new Promise((resolve) => {
    const chunks = []
    const child = spawn(npm, ['run', '--silent', name], {
      shell: process.platform === 'win32',
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
    })
    child.stdout.on('data', (c) => chunks.push(c))
    child.stderr.on('data', (c) => chunks.push(c))
    child.on('error', (e) => chunks.push(Buffer.from(`${e.message}\n`)))
    child.on('close', (code) => {
      const out = Buffer.concat(chunks).toString()
      console.log(`\n> ${name}: ${code === 0 ? 'passed' : `failed (exit ${code})`}`)
      if (out.trim()) console.log(out.trimEnd())
      resolve(code ?? 1)
    })
  })
const codes = await Promise.all(names.map(run))
process.exit(codes.find((c) => c !== 0) ?? 0)
