import { stringify } from 'csv-stringify/sync'
import type { ActionRow } from './action-rows'

export type { ActionRow } from './action-rows'
import { ACTION_COLUMNS } from './action-rows'

/**
 * Spreadsheet apps run a cell that starts with = or @ (and a tab or a carriage return) as a
 * formula, and one that starts with + - or − when what follows could call something: a leading
 * quote makes them show the text as typed (CSV injection). A note such as "-10% budget" cannot run
 * anything, so it keeps its own first character instead of a stray apostrophe.
 */
const ALWAYS = /^[=@\t\r]/
const SIGN = /^[+\-\u2212]/
const CALLS = /[(!|"&;:=@$[\]{}]/

const neutralise = (cell: string) =>
  ALWAYS.test(cell) || (SIGN.test(cell) && CALLS.test(cell)) ? `'${cell}` : cell

export type CsvDelimiter = ',' | ';'

/**
 * RFC 4180 text with CRLF line ends and a UTF-8 BOM, so spreadsheet apps read the accents right;
 * a semicolon for spreadsheets set up for German or French, where the comma is the decimal mark.
 * Dates stay ISO ("2026-12-15"), which every spreadsheet reads as a date in every language.
 */
export const actionsCsv = (rows: ActionRow[], delimiter: CsvDelimiter = ','): string =>
  stringify(
    rows.map((row) => ACTION_COLUMNS.map((c) => neutralise(row[c.key] ?? ''))),
    {
      bom: true,
      header: true,
      delimiter,
      columns: ACTION_COLUMNS.map((c) => c.header),
      record_delimiter: 'windows',
      // With a custom record delimiter csv-stringify stops quoting cells that hold a bare \n;
      // a note written over two lines must stay one cell.
      quote_record_delimiter: true,
    },
  )
