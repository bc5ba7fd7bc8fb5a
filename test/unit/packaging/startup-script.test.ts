import { build } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * What the renderer evaluates before its first screen: the entry and everything it imports
 * statically (each screen but the client list is its own script; see lazy-screens.ts).
 */
const startupInputs = async (entryPoint = 'renderer/main.tsx') => {
  const result = await build({
    entryPoints: [entryPoint],
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: 'out/startup-check',
    write: false,
    metafile: true,
    jsx: 'automatic',
    loader: { '.woff2': 'empty', '.ttf': 'empty', '.png': 'empty' },
    logLevel: 'silent',
  })
  const outputs = result.metafile.outputs
  const entry = Object.keys(outputs).find((o) => outputs[o]!.entryPoint === entryPoint)!
  // Chunks imported statically are evaluated before the entry, and theirs before them.
  const inputs = new Set<string>()
  const seen = new Set<string>()
  const visit = (output: string) => {
    if (seen.has(output)) return
    seen.add(output)
    for (const input of Object.keys(outputs[output]!.inputs)) inputs.add(input)
    for (const i of outputs[output]!.imports) if (i.kind === 'import-statement') visit(i.path)
  }
  visit(entry)
  return [...inputs]
}

describe('the script the app starts from', () => {
  let inputs: string[]
  beforeAll(async () => {
    inputs = await startupInputs()
  })

  it('does not load zod or any schema: the client list shows without them', () => {
    expect(inputs.some((i) => i.includes('renderer/features/library/LibraryScreen'))).toBe(true)
    expect(inputs.filter((i) => i.includes('node_modules/zod/'))).toEqual([])
    expect(inputs.filter((i) => i.includes('shared/api/contract'))).toEqual([])
    expect(inputs.filter((i) => i.includes('shared/api/events.ts'))).toEqual([])
  })

  it('leaves the console, the projector and the client page to their own scripts', () => {
    for (const screen of [
      'session/ConsoleScreen',
      'audience/AudienceScreen',
      'client/ClientScreen',
    ])
      expect(inputs.filter((i) => i.includes(screen))).toEqual([])
  })
})

describe('the first script a window runs', () => {
  it('loads neither React nor a screen nor a schema, so it asks for the first data at once', async () => {
    const inputs = await startupInputs('renderer/ask-early.ts')
    expect(inputs.some((i) => i.includes('renderer/lib/early-answers'))).toBe(true)
    expect(inputs.filter((i) => i.includes('node_modules/'))).toEqual([])
    expect(inputs.filter((i) => i.includes('renderer/features/'))).toEqual([])
    expect(inputs.filter((i) => i.includes('shared/api/contract'))).toEqual([])
  })
})
