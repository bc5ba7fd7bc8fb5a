import { mkdir } from 'node:fs/promises'
import { join, parse } from 'node:path'
import { existsSync } from 'node:fs'
import type { PdfDestination } from './app-core'
import { writeFileDurable } from '../storage/durable-write'

/** A name that does not exist yet in the folder: "name.pdf", "name (2).pdf", … */
export const freeName = (dir: string, fileName: string) => {
  const { name, ext } = parse(fileName)
  for (let n = 1; ; n++) {
    const candidate = join(dir, n === 1 ? fileName : `${name} (${n})${ext}`)
    if (!existsSync(candidate)) return candidate
  }
}

export const writePdf = (path: string, pdf: Uint8Array) => writeFileDurable(path, pdf)

/** The browser host cannot show a save dialog: PDFs go to exports/ inside the data folder. */
export const exportsFolderDestination = (dataDir: () => string): PdfDestination => ({
  choosePath: async (fileName) => {
    const dir = join(dataDir(), 'exports')
    await mkdir(dir, { recursive: true })
    return freeName(dir, fileName)
  },
  write: writePdf,
  open: async () => undefined,
})
