import { listPackage } from '@electron/asar'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Fuse wire order, as @electron/fuses numbers it (FuseV1Options).
const FUSES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const
const FUSE_ENABLED = '1'.charCodeAt(0)

type FuseWire = Record<number, number>
type Fuses = { getCurrentFuseWire(pathToElectron: string): Promise<FuseWire> }

/** The Electron folder electron-builder can take as electronDist, where a binary is installed. */
export const electronDistFolder = (binary: string | null) =>
  binary ? binary.slice(0, binary.lastIndexOf('dist') + 'dist'.length) : null

const executable = (appOutDir: string) => {
  const candidates = [
    'smartketing-workshop',
    'Smartketing Workshop.exe',
    'Smartketing Workshop.app',
  ]
  const found = candidates.map((name) => join(appOutDir, name)).find(existsSync)
  if (!found) throw new Error(`No app executable in ${appOutDir}`)
  return found
}

/**
 * `electron-builder --dir` into a temporary folder, as `npm run package` would build, then reads
 * back what ships: the asar's file list and the fuses flipped in the binary.
 */
export const buildUnpacked = async (root: string, electronDist: string) => {
  const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, stdio: 'pipe' })
  const output = mkdtempSync(join(tmpdir(), 'smartketing-package-'))
  run(['scripts/build.mjs'])
  run([
    join(root, 'node_modules', 'electron-builder', 'cli.js'),
    '--dir',
    '--config',
    'electron-builder.yml',
    `-c.electronDist=${electronDist}`,
    `-c.directories.output=${output}`,
  ])
  const appOutDir = readdirSync(output)
    .map((name) => join(output, name))
    .find((dir) => /(unpacked|[/\\]mac[^/\\]*)$/.test(dir))
  if (!appOutDir) throw new Error(`electron-builder left no unpacked app in ${output}`)
  const exe = executable(appOutDir)
  const resources = exe.endsWith('.app')
    ? join(exe, 'Contents', 'Resources')
    : join(appOutDir, 'resources')
  // electron-builder loads @electron/fuses from its own dependencies; so does this check.
  const builderLib = createRequire(import.meta.url).resolve('app-builder-lib/package.json')
  const fusesLib = createRequire(builderLib)('@electron/fuses') as Fuses
  const wire = await fusesLib.getCurrentFuseWire(exe)
  return {
    asarFiles: listPackage(join(resources, 'app.asar'), { isPack: false }).map((f) =>
      f.replaceAll('\\', '/'),
    ),
    fuses: Object.fromEntries(FUSES.map((name, i) => [name, wire[i] === FUSE_ENABLED])),
  }
}
