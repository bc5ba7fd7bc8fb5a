/* eslint-disable @typescript-eslint/no-require-imports -- loaded with node --require, so CommonJS */
// Preloaded into the loopback host during tests (node --require): every connection or name lookup
// that would leave the machine is written to SMARTKETING_NETWORK_LOG and refused. The app must
// never make one, so an empty log after a test is the proof.
'use strict'
const net = require('node:net')
const dns = require('node:dns')
const { appendFileSync } = require('node:fs')

const log = process.env.SMARTKETING_NETWORK_LOG
const LOCAL_HOSTS = new Set(['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1', undefined, ''])

const record = (what) => {
  if (log) appendFileSync(log, `${what}\n`)
}

const originalConnect = net.Socket.prototype.connect
net.Socket.prototype.connect = function connect(...args) {
  // net.connect() hands over its arguments already normalised, as an array whose first item is
  // the options; direct calls pass (options) or (port, host).
  const first = Array.isArray(args[0]) ? args[0][0] : args[0]
  const options =
    typeof first === 'object' && first !== null
      ? first
      : { port: first, host: typeof args[1] === 'string' ? args[1] : undefined }
  if (!options.path && !LOCAL_HOSTS.has(options.host)) {
    record(`connect ${options.host}:${options.port}`)
    process.nextTick(() => this.destroy(new Error('Network access is not allowed in tests')))
    return this
  }
  return originalConnect.apply(this, args)
}

const refusedLookup = (hostname) =>
  Object.assign(new Error(`Name lookups are not allowed in tests: ${hostname}`), {
    code: 'ENOTFOUND',
  })

const originalLookup = dns.lookup
const originalPromisesLookup = dns.promises.lookup
dns.lookup = function lookup(hostname, ...rest) {
  if (LOCAL_HOSTS.has(hostname)) return originalLookup.call(this, hostname, ...rest)
  record(`lookup ${hostname}`)
  const callback = rest.at(-1)
  if (typeof callback === 'function') process.nextTick(() => callback(refusedLookup(hostname)))
}
dns.promises.lookup = async function lookup(hostname, ...rest) {
  if (LOCAL_HOSTS.has(hostname)) return originalPromisesLookup.call(this, hostname, ...rest)
  record(`lookup ${hostname}`)
  throw refusedLookup(hostname)
}
