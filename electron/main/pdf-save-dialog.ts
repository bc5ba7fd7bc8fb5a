import type { BrowserWindow } from 'electron'
import { app, dialog, shell } from 'electron'
import type { PdfDestination } from '../services/app-core'
import { writePdf } from '../services/pdf-destination'
import { chosenPath, saveDialogOptions } from './policy/save-dialog'

/** The system save dialog chooses the path in the main process; the page never names a file path. */
export const saveDialogDestination = (window: () => BrowserWindow | null): PdfDestination => ({
  choosePath: async (fileName) => {
    const options = saveDialogOptions(fileName, app.getPath('documents'))
    const parent = window()
    const result = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options)
    return chosenPath(result)
  },
  write: writePdf,
  open: async (path) => {
    const error = await shell.openPath(path)
    if (error) throw new Error(`The file was saved, but could not be opened: ${error}`)
  },
})
