import { stringify } from 'csv-stringify/sync'

/** One tracked action as the spreadsheet shows it: every cell already in words. */
export interface ActionRow {
  session: string
  sessionDate: string
  source: string
  action: string
  detail: string
  owner: string
  due: string
  status: string
  note: string
  updatedAt: string
}

const COLUMNS: { key: keyof ActionRow; header: string }[] = [
  { key: 'session', header: 'Session' },
  { key: 'sessionDate', header: 'Session date' },
  { key: 'source', header: 'From' },
  { key: 'action', header: 'Action' },
  { key: 'detail', header: 'Detail' },
  { key: 'owner', header: 'Owner' },
  { key: 'due', header: 'Due' },
  { key: 'status', header: 'Status' },
  { key: 'note', header: 'Latest note' },
  { key: 'updatedAt', header: 'Last updated' },
]

/**
 * Spreadsheet apps run a cell that starts with = + - @ (some also a minus sign U+2212, a tab or a
 * carriage return) as a formula, so an action typed in a workshop could run as a formula on
 * whoever opens the file (CSV injection). A leading quote makes the app show the text as typed.
 * csv-stringify's own escape_formulas misses U+2212, hence this check.
 */
const FORMULA_START = /^[=+\-\u2212@\t\r]/

const neutralise = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell)

/** RFC 4180 text with CRLF line ends and a UTF-8 BOM, so spreadsheet apps read the accents right. */
export const actionsCsv = (rows: ActionRow[]): string =>
  stringify(
    rows.map((row) => COLUMNS.map((c) => neutralise(row[c.key]))),
    {
      bom: true,
      header: true,
      columns: COLUMNS.map((c) => c.header),
      record_delimiter: 'windows',
      // With a custom record delimiter csv-stringify stops quoting cells that hold a bare \n;
      // a note written over two lines must stay one cell.
      quote_record_delimiter: true,
    },
  )
