import type { BrowserWindow } from 'electron'
import { app, dialog, shell } from 'electron'
import { join } from 'node:path'
import type { PdfDestination } from '../services/app-core'
import { writePdf } from '../services/pdf-destination'

/** The system save dialog chooses the path in the main process; the page never names a file path. */
export const saveDialogDestination = (window: () => BrowserWindow | null): PdfDestination => ({
  choosePath: async (fileName) => {
    const options = {
      title: 'Save the PDF',
      defaultPath: join(app.getPath('documents'), fileName),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    }
    const parent = window()
    const result = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? null : result.filePath
  },
  write: writePdf,
  open: async (path) => {
    const error = await shell.openPath(path)
    if (error) throw new Error(`The PDF was saved, but could not be opened: ${error}`)
  },
})
