import { readFile } from 'node:fs/promises'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { MAIN, MAIN_START, WORKER } from '../../../scripts/node-builds.mjs'

/** Electron itself is the runtime, not a package inside the app. */
const RUNTIME = new Set(['electron'])

const packageOf = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!

/**
 * What the shipped processes load from node_modules at run time, built as the app is built: the
 * renderer is bundled whole, and so is most of the main process (see node-builds.mjs).
 */
const runtimeImports = async () => {
  const found = new Set<string>()
  for (const options of [MAIN_START, MAIN, WORKER]) {
    const result = await build({ ...options, write: false, metafile: true, logLevel: 'silent' })
    for (const output of Object.values(result.metafile.outputs))
      for (const i of output.imports)
        if (i.external && !i.path.startsWith('node:')) found.add(packageOf(i.path))
  }
  return found
}

/** Font files the PDF worker reads by path (electron/pdf/fonts.ts), not by import. */
const fontPackages = async () => {
  const source = await readFile('electron/pdf/fonts.ts', 'utf8')
  return new Set([...source.matchAll(/'(@expo-google-fonts\/[a-z-]+)\//g)].map((m) => m[1]!))
}

describe('the packaged app ships what it loads, and nothing else', () => {
  it('lists exactly the packages the main process and the PDF worker load as dependencies', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as {
      dependencies: Record<string, string>
    }
    const loaded = await runtimeImports()
    for (const font of await fontPackages()) loaded.add(font)
    for (const r of RUNTIME) loaded.delete(r)
    expect(Object.keys(pkg.dependencies).sort()).toEqual([...loaded].sort())
  })

  it('pins every dependency to one exact version', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as Record<
      string,
      Record<string, string>
    >
    for (const group of ['dependencies', 'devDependencies'])
      for (const [name, version] of Object.entries(pkg[group]!))
        expect(version, `${group}: ${name}`).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/)
  })
})
