import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import type { Settings } from '../../shared/library/settings'
import type { CoreOptions } from '../../electron/services/app-core'
import { AppCore } from '../../electron/services/app-core'
import { createHandlers } from '../../electron/services/handlers'
import type { SettingsBackend } from '../../electron/services/settings-service'
import { SettingsService } from '../../electron/services/settings-service'
import { exportsFolderDestination } from '../../electron/services/pdf-destination'

export const memorySettings = (
  initial: Record<string, unknown> = {},
): SettingsBackend & { stored: Record<string, unknown> } => {
  const backend = {
    path: '(memory)',
    stored: { ...initial },
    read: () => ({ ...backend.stored }),
    write: (s: Settings) => void (backend.stored = { ...s }),
  }
  return backend
}

export const tempDir = (prefix = 'smartketing-unit-') => mkdtemp(join(tmpdir(), prefix))

/** A whole core on a fresh temp folder, as both transports build it. */
export const startTempCore = async (
  options: Partial<
    Pick<
      CoreOptions,
      'now' | 'savePdf' | 'monotonicNow' | 'pickFolder' | 'pickedFoldersOnly' | 'systemLocale'
    >
  > = {},
) => {
  const folder = await tempDir()
  const dataDir = join(folder, 'library')
  const settings = new SettingsService(memorySettings(), dataDir)
  const core = await AppCore.start({
    transport: 'http',
    version: 'test',
    settings,
    pickFolder: async () => null,
    openAudience: async () => false,
    savePdf: exportsFolderDestination(() => dataDir),
    pdfWorkerPath: join(process.cwd(), 'out', 'worker', 'pdf-worker.js'),
    // The same formats on every machine, unless a test asks for a locale.
    systemLocale: 'en-GB',
    ...options,
  })
  const handlers = createHandlers(core)
  return {
    core,
    handlers,
    folder,
    dataDir,
    cleanup: async () => {
      await core.close()
      await rm(folder, { recursive: true, force: true })
    },
  }
}

/** Every file under a folder with a hash of its bytes: two equal snapshots mean nothing was written. */
export const snapshotFolder = async (root: string): Promise<Record<string, string>> => {
  const out: Record<string, string> = {}
  const walk = async (dir: string): Promise<void> => {
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      const full = join(dir, name)
      if ((await stat(full)).isDirectory()) await walk(full)
      else
        out[relative(root, full)] = createHash('sha1')
          .update(await readFile(full))
          .digest('hex')
    }
  }
  await walk(root)
  return out
}
