/** One tracked action as the spreadsheet shows it: words, with dates kept ISO until written. */
export interface ActionRow {
  session: string
  /** YYYY-MM-DD */
  sessionDate: string
  source: string
  action: string
  detail: string
  owner: string
  /** YYYY-MM-DD or "" */
  due: string
  status: string
  note: string
  /** YYYY-MM-DD or "" */
  updatedAt: string
}

export const ACTION_COLUMNS: {
  key: keyof ActionRow
  header: string
  width: number
  date?: true
}[] = [
  { key: 'session', header: 'Session', width: 28 },
  { key: 'sessionDate', header: 'Session date', width: 14, date: true },
  { key: 'source', header: 'From', width: 20 },
  { key: 'action', header: 'Action', width: 48 },
  { key: 'detail', header: 'Detail', width: 32 },
  { key: 'owner', header: 'Owner', width: 22 },
  { key: 'due', header: 'Due', width: 14, date: true },
  { key: 'status', header: 'Status', width: 13 },
  { key: 'note', header: 'Latest note', width: 36 },
  { key: 'updatedAt', header: 'Last updated', width: 14, date: true },
]
