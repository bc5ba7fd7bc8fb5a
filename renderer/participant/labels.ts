export const KINDS = [
  ['continue', 'Continue'],
  ['stop', 'Stop'],
  ['improve', 'Improve'],
] as const
export const TAGS = [
  ['sales', 'Sales'],
  ['marketing', 'Marketing'],
  ['joint', 'Joint'],
] as const
export const STATUS_TEXT = {
  pending: 'Waiting for the facilitator',
  accepted: 'On the board',
  merged: 'Merged into a card on the board',
  rejected: 'Not taken this time',
} as const
export const SCALE = ['1 · not at all', '2', '3', '4', '5 · completely'] as const
