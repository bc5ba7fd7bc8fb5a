import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'

const RECORDER = join(import.meta.dirname, '../../support/network-recorder.cjs')

/** The offline proof is only as good as its recorder: it must see and refuse what leaves the machine. */
it('logs and refuses connections, lookups, DNS queries and datagrams that leave the machine, and lets loopback through', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'net-recorder-'))
  const logFile = join(dir, 'network.log')
  const script = `
    const net = require('node:net'); const dns = require('node:dns')
    const server = net.createServer((s) => s.end('hi')).listen(0, '127.0.0.1', () => {
      const local = net.connect(server.address().port, '127.0.0.1')
      local.on('data', () => {
        local.destroy(); server.close()
        const away = net.connect({ host: '203.0.113.7', port: 443 })
        away.on('error', (e) => {
          console.log('refused:', e.message)
          dns.lookup('example.invalid', () => {
            dns.resolve4('example.invalid', () => {
              dns.promises.resolveTxt('example.invalid').catch(() => {
                const udp = require('node:dgram').createSocket('udp4')
                udp.send(Buffer.from('x'), 53, '198.51.100.9', (e) => {
                  console.log('udp:', e && e.message)
                  udp.close()
                })
              })
            })
          })
        })
      })
    })`
  const out = execFileSync(process.execPath, ['--require', RECORDER, '-e', script], {
    env: { ...process.env, SMARTKETING_NETWORK_LOG: logFile },
    encoding: 'utf8',
    timeout: 10_000,
  })
  expect(out).toContain('refused: Network access is not allowed in tests')
  const lines = (await readFile(logFile, 'utf8')).split('\n').filter(Boolean)
  expect(out).toContain('udp: Network access is not allowed in tests')
  expect(lines).toEqual([
    'connect 203.0.113.7:443',
    'lookup example.invalid',
    'resolve example.invalid',
    'resolve example.invalid',
    'udp 198.51.100.9:53',
  ])
  await rm(dir, { recursive: true, force: true })
})
