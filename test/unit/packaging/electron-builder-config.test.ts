import type { Configuration, FileSet } from 'app-builder-lib'
import { FileMatcher } from 'app-builder-lib/out/fileMatcher.js'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js'
import { convertIcon } from 'app-builder-lib/out/util/iconConverter.js'
import { DebugLogger } from 'builder-util'
import { existsSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { aboutPanelOptions, PRODUCT_NAME } from '../../../electron/main/menu'
import { electronBinary } from '../../../scripts/electron-binary.mjs'
import { buildUnpacked, electronDistFolder } from './unpacked-build'

vi.mock('electron', () => ({ app: {}, Menu: {} }))

// electron-builder's own loader and validator (pinned 26.17.0): the check `npm run package` runs first.
const root = resolve(import.meta.dirname, '../../..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, string>
let config: Configuration
beforeAll(async () => {
  config = await getConfig(root, 'electron-builder.yml', null)
})
afterEach(() => vi.unstubAllEnvs())

const validate = (c: Configuration) => validateConfiguration(c, new DebugLogger(false))
const fileSets = (c: Configuration): FileSet[] => c.files as FileSet[]

const pngSize = (png: Buffer) => {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
  return [png.readUInt32BE(16), png.readUInt32BE(20)]
}
const icoSizes = (ico: Buffer) =>
  Array.from({ length: ico.readUInt16LE(4) }, (_, n) => ico[6 + n * 16] || 256)
const icnsEntries = (icns: Buffer) => {
  const entries = new Map<string, Buffer>()
  for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
    entries.set(
      icns.toString('ascii', at, at + 4),
      icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)),
    )
  }
  return entries
}

describe('electron-builder.yml', () => {
  // The first check compiles electron-builder's schema with ajv: about 7 s, as in every packaging run.
  it("passes electron-builder's own schema check", async () => {
    await expect(validate(config)).resolves.toBeUndefined()
  }, 60_000)

  it.each([
    ['an unknown option', (c: Configuration) => ({ ...c, bogus: true })],
    [
      'a Linux target that names no format',
      (c: Configuration) => ({ ...c, linux: { target: { arch: 'x64' } } }),
    ],
    ['a misspelt fuse', (c: Configuration) => ({ ...c, electronFuses: { runAsnode: false } })],
    [
      'a fuse that is not a boolean',
      (c: Configuration) => ({ ...c, electronFuses: { runAsNode: 'off' } }),
    ],
  ])('and the same check rejects %s', async (_, breakIt) => {
    await expect(validate(breakIt(config) as Configuration)).rejects.toThrow(
      /Invalid configuration/,
    )
  })

  it('builds AppImage and deb on Linux, NSIS on Windows and a dmg on macOS', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.win?.target).toEqual(['nsis'])
    expect(config.mac?.target).toEqual(['dmg'])
  })

  it("names the app and ships package.json's version", () => {
    expect(config.appId).toMatch(/^com\.smartketing\.[a-z]+$/)
    expect(config.productName).toBe(pkg['productName'])
    expect(config.productName).toBe(PRODUCT_NAME)
    expect(pkg['version']).toMatch(/^\d+\.\d+\.\d+$/)
    expect(config.extraMetadata?.version).toBeUndefined()
    expect(config.buildVersion).toBeUndefined()
  })

  it('flips the fuses a shipped app needs', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('packs only the built app into an asar: no host, sources, tests or source maps', () => {
    expect(config.asar).toBe(true)
    const patterns = fileSets(config).flatMap((set) => set.filter ?? [])
    expect(patterns).toContain('!out/host/**')
    const ships = new FileMatcher(root, root, (p) => p, patterns).createFilter()
    const file = { isDirectory: () => false } as Parameters<typeof ships>[1]
    const shipped = (path: string) => ships(join(root, path), file)
    for (const path of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'])
      expect(shipped(path), path).toBe(true)
    expect(shipped('out/worker/pdf-worker.js')).toBe(true)
    // The phones' page, which the participant server reads from beside the worker.
    for (const path of ['out/participant/index.html', 'out/participant/participant.js'])
      expect(shipped(path), path).toBe(true)
    expect(shipped('package.json')).toBe(true)
    for (const path of [
      'out/host/serve.js',
      'out/main/index.js.map',
      'electron/main/index.ts',
      'test/unit/packaging/electron-builder-config.test.ts',
      'test-results/report.json',
      'scripts/build.mjs',
      'resources/icon.png',
    ])
      expect(shipped(path), path).toBe(false)
  })

  it('gives each platform a ready-made icon, so packaging downloads no icon tool', async () => {
    // With no tool folder, any conversion electron-builder would have to do fails here at once.
    vi.stubEnv('ELECTRON_BUILDER_ICONS_TOOLSET_DIR', join(root, '.no-icon-tool'))
    const roots = [join(root, 'resources'), root]
    const outDir = join(tmpdir(), 'smartketing-icon-check')
    const resolveIcon = async (icon: string | null | undefined, format: 'set' | 'ico' | 'icns') =>
      (await convertIcon({ sources: [icon ?? ''], fallbackSources: [], roots, format, outDir }))
        .icons

    const set = await resolveIcon(config.linux?.icon, 'set')
    expect(set.map((i) => i.size)).toEqual([16, 24, 32, 48, 64, 128, 256, 512, 1024])
    for (const { file, size } of set) expect(pngSize(readFileSync(file))).toEqual([size, size])

    const [ico] = await resolveIcon(config.win?.icon, 'ico')
    expect(icoSizes(readFileSync(ico!.file))).toEqual([16, 24, 32, 48, 64, 128, 256])

    const [icns] = await resolveIcon(config.mac?.icon, 'icns')
    const entries = icnsEntries(readFileSync(icns!.file))
    expect(pngSize(entries.get('ic10')!)).toEqual([1024, 1024])
    expect(pngSize(entries.get('ic09')!)).toEqual([512, 512])

    expect(pngSize(readFileSync(join(root, 'resources', 'icon.png')))).toEqual([1024, 1024])
  })

  it('ships the About icons the menu points at', () => {
    const [extra] = config.extraResources as FileSet[]
    expect(extra).toMatchObject({ from: 'resources/icons', to: 'icons' })
    for (const name of extra!.filter as string[]) {
      expect(existsSync(join(root, extra!.from!, name)), name).toBe(true)
    }
    expect(aboutPanelOptions('1.2.3', '/icons/64x64.png')).toMatchObject({
      applicationName: config.productName,
      applicationVersion: '1.2.3',
      copyright: config.copyright,
    })
  })

  const electronDist = electronDistFolder(electronBinary(root))
  it.skipIf(!electronDist)(
    electronDist
      ? `builds an unpacked app (--dir) against the local Electron folder ${electronDist}`
      : 'builds an unpacked app (--dir): skipped, no local Electron folder exists here',
    async () => {
      const app = await buildUnpacked(root, electronDist!)
      expect(app.asarFiles).toContain('/out/main/index.js')
      expect(app.asarFiles.filter((f) => f.startsWith('/out/host') || f.endsWith('.map'))).toEqual(
        [],
      )
      expect(app.fuses).toEqual(config.electronFuses)
    },
    300_000,
  )
})
