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

// Other ways out: DNS queries sent straight to a server (resolve*, Resolver) and UDP datagrams.
const refuseResolve = (target, name, promised) => {
  const original = target[name]
  if (typeof original !== 'function') return
  target[name] = function resolve(hostname, ...rest) {
    if (LOCAL_HOSTS.has(hostname)) return original.call(this, hostname, ...rest)
    record(`resolve ${hostname}`)
    if (promised) return Promise.reject(refusedLookup(hostname))
    const callback = rest.at(-1)
    if (typeof callback === 'function') process.nextTick(() => callback(refusedLookup(hostname)))
  }
}
for (const name of Object.keys(dns).filter((n) => n.startsWith('resolve') || n === 'reverse')) {
  refuseResolve(dns, name, false)
  refuseResolve(dns.Resolver.prototype, name, false)
}
for (const name of Object.keys(dns.promises).filter(
  (n) => n.startsWith('resolve') || n === 'reverse',
)) {
  refuseResolve(dns.promises, name, true)
  refuseResolve(dns.promises.Resolver.prototype, name, true)
}

const dgram = require('node:dgram')
const isLocalAddress = (address) =>
  address === undefined || LOCAL_HOSTS.has(address) || /^127\./.test(address)
const originalSend = dgram.Socket.prototype.send
dgram.Socket.prototype.send = function send(msg, ...rest) {
  // send(msg, [offset, length,] port, address, callback): the address is the first string argument.
  const address = rest.find((a) => typeof a === 'string')
  const port = rest.find((a) => typeof a === 'number' && a > 0 && a !== msg.length)
  if (!isLocalAddress(address)) {
    record(`udp ${address}:${port}`)
    const callback = rest.at(-1)
    const error = new Error('Network access is not allowed in tests')
    if (typeof callback === 'function') process.nextTick(() => callback(error))
    return
  }
  return originalSend.call(this, msg, ...rest)
}
const originalUdpConnect = dgram.Socket.prototype.connect
dgram.Socket.prototype.connect = function connect(port, address, ...rest) {
  if (!isLocalAddress(typeof address === 'string' ? address : undefined)) {
    record(`udp ${address}:${port}`)
    throw new Error('Network access is not allowed in tests')
  }
  return originalUdpConnect.call(this, port, address, ...rest)
}
