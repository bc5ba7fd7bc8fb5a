import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runWithCodeCache } from '../../../../electron/host/code-cache'

let folder: string
let bundle: string
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'code-cache-'))
  bundle = join(folder, 'app.cjs')
})
afterEach(() => rmSync(folder, { recursive: true, force: true }))

/** A CommonJS bundle that reports what its loader gave it, with a function to compile. */
const writeBundle = (answer: number) =>
  writeFileSync(
    bundle,
    [
      "const { basename } = require('node:path')",
      'const square = (n) => n * n',
      `module.exports = { answer: square(${answer}), file: basename(__filename), dir: __dirname, self: this === exports }`,
    ].join('\n'),
  )
const caches = () => readdirSync(folder).filter((f) => f.endsWith('.v8cache'))

describe('runWithCodeCache', () => {
  it('runs a CommonJS bundle with require, module, __filename and __dirname', () => {
    writeBundle(7)
    const run = runWithCodeCache(bundle)
    expect(run.exports).toEqual({ answer: 49, file: 'app.cjs', dir: folder, self: true })
  })

  it('reads a bundle with text beyond ASCII as UTF-8, from source and from its cache', () => {
    writeFileSync(bundle, "module.exports = { name: 'Zoë Ørsted – 東京 🚀' }")
    const first = runWithCodeCache(bundle)
    expect(first.exports).toEqual({ name: 'Zoë Ørsted – 東京 🚀' })
    first.saveCache()
    expect(runWithCodeCache(bundle)).toMatchObject({
      usedCache: true,
      exports: { name: 'Zoë Ørsted – 東京 🚀' },
    })
  })

  it('writes the compiled code once, and the next start runs from it', () => {
    writeBundle(3)
    const first = runWithCodeCache(bundle)
    expect(first.usedCache).toBe(false)
    expect(first.saveCache()).toBe(true)
    expect(first.saveCache()).toBe(false)
    expect(caches()).toHaveLength(1)

    const second = runWithCodeCache(bundle)
    expect(second.usedCache).toBe(true)
    expect(second.exports).toMatchObject({ answer: 9 })
    expect(second.saveCache()).toBe(false)
  })

  it('never runs a rebuilt bundle from the old one’s cache, even at the same length', () => {
    writeBundle(3)
    runWithCodeCache(bundle).saveCache()
    writeBundle(4)
    const rebuilt = runWithCodeCache(bundle)
    expect(rebuilt.usedCache).toBe(false)
    expect(rebuilt.exports).toMatchObject({ answer: 16 })
    // Its own cache replaces the old build's.
    expect(rebuilt.saveCache()).toBe(true)
    expect(caches()).toHaveLength(1)
    expect(runWithCodeCache(bundle).usedCache).toBe(true)
  })

  it('ignores a damaged or truncated cache file and writes a whole one again', () => {
    writeBundle(5)
    runWithCodeCache(bundle).saveCache()
    const file = join(folder, caches()[0]!)
    const whole = readFileSync(file)
    for (const damaged of [
      Buffer.concat([whole.subarray(0, 40), Buffer.from([whole[40]! ^ 0xff]), whole.subarray(41)]),
      whole.subarray(0, whole.length >> 1),
      Buffer.alloc(0),
    ]) {
      writeFileSync(file, damaged)
      const run = runWithCodeCache(bundle)
      expect(run.usedCache).toBe(false)
      expect(run.exports).toMatchObject({ answer: 25 })
      expect(run.saveCache()).toBe(true)
      expect(runWithCodeCache(bundle).usedCache).toBe(true)
    }
  })

  it('starts without a cache when its folder cannot be written', () => {
    writeBundle(2)
    const run = runWithCodeCache(bundle)
    rmSync(folder, { recursive: true, force: true })
    expect(run.saveCache()).toBe(false)
    expect(run.exports).toMatchObject({ answer: 4 })
  })
})
