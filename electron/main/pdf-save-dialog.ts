import type { BrowserWindow } from 'electron'
import { app, dialog, shell } from 'electron'
import { extname, join } from 'node:path'
import type { PdfDestination } from '../services/app-core'
import { writePdf } from '../services/pdf-destination'

/** The exports the app writes: printed sheets, calendars, spreadsheets and library exports. */
const FILE_KINDS: Record<string, { title: string; name: string }> = {
  pdf: { title: 'Save the PDF', name: 'PDF' },
  ics: { title: 'Save the calendar', name: 'Calendar (iCalendar)' },
  csv: { title: 'Save the spreadsheet', name: 'Spreadsheet (CSV)' },
  // Library exports, "<name>.smartketing.json": extname sees only the last part.
  json: { title: 'Save the export', name: 'Smartketing Workshop export' },
}

/** The system save dialog chooses the path in the main process; the page never names a file path. */
export const saveDialogDestination = (window: () => BrowserWindow | null): PdfDestination => ({
  choosePath: async (fileName) => {
    const extension = extname(fileName).slice(1).toLowerCase()
    const kind = FILE_KINDS[extension] ?? { title: 'Save the file', name: 'File' }
    const options = {
      title: kind.title,
      defaultPath: join(app.getPath('documents'), fileName),
      filters: [{ name: kind.name, extensions: [extension] }],
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
    if (error) throw new Error(`The file was saved, but could not be opened: ${error}`)
  },
})
