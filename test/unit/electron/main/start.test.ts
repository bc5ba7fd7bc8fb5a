import { readFileSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAIN, MAIN_START } from '../../../../scripts/node-builds.mjs'

describe('the main process starts through start.ts', () => {
  it('is the package’s main, and loads the bundle MAIN builds beside it', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string }
    expect(MAIN_START.outfile).toBe(pkg.main)
    expect(dirname(MAIN.outfile)).toBe(dirname(MAIN_START.outfile))
    const start = readFileSync('electron/main/start.ts', 'utf8')
    expect(start).toContain(`new URL('./${basename(MAIN.outfile)}', import.meta.url)`)
    // Node's compile cache covers only what loads after it is turned on.
    expect(start.indexOf('enableCompileCache?.(')).toBeLessThan(start.indexOf('await import('))
  })
})
