import type { ActionRow } from './action-rows'
import { ACTION_COLUMNS } from './action-rows'

export interface XlsxOptions {
  /** The number format for dates, e.g. "mm/dd/yyyy" or "dd.mm.yyyy", as the person reads them. */
  dateFormat: string
  author: string
  /** When the file was made. */
  created: Date
}

/** A calendar date as the spreadsheet's own date value, the same day in every time zone. */
const asDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number)
  return new Date(Date.UTC(y!, m! - 1, d!))
}

/**
 * An Excel workbook that opens straight into Excel or LibreOffice, with no import dialog: real
 * dates in the person's format, text kept as text. A note that starts with "=" is stored as a
 * string cell, never as a formula, so it needs no visible apostrophe.
 */
export const actionsXlsx = async (rows: ActionRow[], options: XlsxOptions): Promise<Buffer> => {
  // Loaded on the first export, not at start: reading exceljs costs a third of a second.
  const { default: ExcelJS } = await import('exceljs')
  const book = new ExcelJS.Workbook()
  book.creator = options.author || 'Smartketing Workshop'
  book.created = options.created
  book.modified = options.created
  const sheet = book.addWorksheet('Actions', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = ACTION_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: c.date ? { numFmt: options.dateFormat } : { alignment: { wrapText: true } },
  }))
  for (const row of rows) {
    const values: Record<string, string | Date | null> = {}
    for (const c of ACTION_COLUMNS) {
      const value = row[c.key]
      values[c.key] = c.date ? (value ? asDate(value) : null) : value
    }
    sheet.addRow(values)
  }
  sheet.getRow(1).font = { bold: true }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ACTION_COLUMNS.length } }
  return Buffer.from(await book.xlsx.writeBuffer())
}
