const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

/** "2026-12-15" → "15 Dec 2026"; unambiguous on both sides of the Atlantic. */
export const formatDate = (iso: string | null): string =>
  iso ? dateFormat.format(new Date(`${iso}T00:00:00Z`)) : ''

export const KIND: Record<'continue' | 'stop' | 'improve', string> = {
  continue: 'Continue',
  stop: 'Stop',
  improve: 'Improve',
}
export const TAG: Record<'sales' | 'marketing' | 'joint', string> = {
  sales: 'Sales',
  marketing: 'Marketing',
  joint: 'Joint',
}

export const COLORS = {
  text: '#1b1f24',
  muted: '#5b636d',
  rule: '#c9ced4',
  accent: '#1f5fbf',
  highlight: '#fff4cc',
  highlightBorder: '#d59b00',
}
