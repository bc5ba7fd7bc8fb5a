import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import type { ActionRow } from '../../../../electron/exports/actions-csv'
import { actionsCsv } from '../../../../electron/exports/actions-csv'

const row = (over: Partial<ActionRow> = {}): ActionRow => ({
  session: 'Q1 goals',
  sessionDate: '2026-03-02',
  source: 'Goal workshop',
  action: 'Call ten clients',
  detail: '',
  owner: 'Zoë Šimková',
  due: '2026-04-01',
  status: 'Open',
  note: '',
  updatedAt: '',
  ...over,
})

const HEADER = [
  'Session',
  'Session date',
  'From',
  'Action',
  'Detail',
  'Owner',
  'Due',
  'Status',
  'Latest note',
  'Last updated',
]

const read = (text: string) => parse(Buffer.from(text, 'utf8'), { bom: true }) as string[][]

describe('actionsCsv', () => {
  it('starts with the UTF-8 BOM, then a header row in words, with CRLF line ends', () => {
    const text = actionsCsv([row()])
    expect([...Buffer.from(text, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(read(text)[0]).toEqual(HEADER)
    expect(text.slice(1).split('\r\n')).toHaveLength(3)
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
  })

  it('writes only the header when there is nothing to list', () => {
    expect(read(actionsCsv([]))).toEqual([HEADER])
  })

  it('round-trips commas, double quotes, line breaks and accents', () => {
    const tricky = row({
      session: 'Q1: goals, "spring"',
      action: 'Write the brochure\nthen print it',
      detail: 'Line one\r\nline two, with "quotes"',
      owner: 'Jürgen Größ',
      note: 'café — 中文 — 🚀',
    })
    const [, back] = read(actionsCsv([tricky]))
    expect(back).toEqual(Object.values(tricky))
  })

  it('neutralises cells a spreadsheet would run as a formula with a leading quote', () => {
    const cells = [
      '=HYPERLINK("http://x")',
      "+1+cmd|' /C calc'!A0",
      '-2+SUM(A1)',
      '@SUM(A1:A2)',
      '\t=1',
      '\r=1',
      '−3*(A1)',
    ]
    const rows = cells.map((action) => row({ action, note: action }))
    const parsed = read(actionsCsv(rows)).slice(1)
    expect(parsed.map((r) => r[3])).toEqual(cells.map((c) => `'${c}`))
    expect(parsed.map((r) => r[8])).toEqual(cells.map((c) => `'${c}`))
  })

  it('keeps a note that starts with a sign but cannot run anything as typed, without an apostrophe', () => {
    const notes = ['-10% budget', '+1 more demo per week', '−3 days on the lead time']
    const parsed = read(actionsCsv(notes.map((note) => row({ note })))).slice(1)
    expect(parsed.map((r) => r[8])).toEqual(notes)
  })

  it('writes semicolons between cells for German or French spreadsheets', () => {
    const text = actionsCsv([row({ action: 'Call, then mail' })], ';')
    expect(text.split('\r\n')[0]).toBe(
      '\ufeffSession;Session date;From;Action;Detail;Owner;Due;Status;Latest note;Last updated',
    )
    expect(text).toContain(';Call, then mail;')
  })

  it('leaves ordinary text as typed, including a sign in the middle', () => {
    const ordinary = row({ action: 'Plan Q2 = Q1 + 10%', detail: "It's done", note: ' -indented' })
    const [, back] = read(actionsCsv([ordinary]))
    expect(back).toEqual(Object.values(ordinary))
  })
})
