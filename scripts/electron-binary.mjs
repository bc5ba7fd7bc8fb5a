// Finds the Electron binary without require('electron'), which throws when the download failed.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export const electronBinary = (root = process.cwd()) => {
  const dir = join(root, 'node_modules', 'electron')
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

export const NO_ELECTRON_NOTE =
  'No Electron binary is installed here (it is downloaded only from GitHub releases)'
