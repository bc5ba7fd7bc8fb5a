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
  muted: '#545c66',
  rule: '#b9c0c8',
  faint: '#e3e6ea',
  accent: '#1f5fbf',
  band: '#eef3fb',
  highlight: '#fff4cc',
  highlightBorder: '#d59b00',
}
