import { extname, join } from 'node:path'

/** The exports the app writes: printed sheets, calendars, spreadsheets and library exports. */
const FILE_KINDS: Record<string, { title: string; name: string }> = {
  pdf: { title: 'Save the PDF', name: 'PDF' },
  ics: { title: 'Save the calendar', name: 'Calendar (iCalendar)' },
  csv: { title: 'Save the spreadsheet', name: 'Spreadsheet (CSV)' },
  // Library exports, "<name>.smartketing.json": extname sees only the last part.
  json: { title: 'Save the export', name: 'Smartketing Workshop export' },
}

/** What the save dialog offers for a file: a title, the documents folder, one matching filter. */
export const saveDialogOptions = (fileName: string, documentsDir: string) => {
  const extension = extname(fileName).slice(1).toLowerCase()
  const kind = FILE_KINDS[extension] ?? { title: 'Save the file', name: 'File' }
  return {
    title: kind.title,
    defaultPath: join(documentsDir, fileName),
    filters: extension ? [{ name: kind.name, extensions: [extension] }] : [],
  }
}

/** The path the dialog answered with, or null when the person cancelled. */
export const chosenPath = (result: { canceled: boolean; filePath?: string }) =>
  result.canceled || !result.filePath ? null : result.filePath
