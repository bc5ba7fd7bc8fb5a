/* eslint-disable @typescript-eslint/no-require-imports -- loaded with node --require, so CommonJS */
// Preloaded into the loopback host for the "disk full" fault (node --require): while the file named
// by SMARTKETING_FAULT_DISK_FULL exists, every file opened for writing inside the folder named by
// SMARTKETING_FAULT_DATA_DIR fails with ENOSPC, as on a full disk. Removing the file frees the disk.
'use strict'
const fs = require('node:fs')
const { syncBuiltinESMExports } = require('node:module')
const { resolve, sep } = require('node:path')

const marker = process.env.SMARTKETING_FAULT_DISK_FULL
const root =
  process.env.SMARTKETING_FAULT_DATA_DIR && resolve(process.env.SMARTKETING_FAULT_DATA_DIR)

const writes = (flags) =>
  typeof flags === 'string'
    ? /[wa+]/.test(flags)
    : ((flags ?? 0) & (fs.constants.O_WRONLY | fs.constants.O_RDWR)) !== 0

const full = (path, flags) =>
  marker &&
  root &&
  writes(flags) &&
  typeof path === 'string' &&
  resolve(path).startsWith(root + sep) &&
  fs.existsSync(marker)

const enospc = (path) =>
  Object.assign(new Error(`ENOSPC: no space left on device, open '${path}'`), {
    code: 'ENOSPC',
    errno: -28,
    syscall: 'open',
    path,
  })

if (marker && root) {
  const originalOpen = fs.promises.open
  fs.promises.open = async function open(path, flags, ...rest) {
    if (full(path, flags)) throw enospc(path)
    return originalOpen.call(this, path, flags, ...rest)
  }
  const originalWriteFile = fs.promises.writeFile
  fs.promises.writeFile = async function writeFile(path, data, options) {
    const flag = typeof options === 'object' && options ? (options.flag ?? 'w') : 'w'
    if (full(path, flag)) throw enospc(path)
    return originalWriteFile.call(this, path, data, options)
  }
  syncBuiltinESMExports()
}
