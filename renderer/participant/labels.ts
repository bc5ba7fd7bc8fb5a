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
export const RATINGS = [
  ['1', '1\nNever'],
  ['2', '2\nRarely'],
  ['3', '3\nAt times'],
  ['4', '4\nOften'],
  ['5', '5\nAlways'],
] as const
export const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const
export const ITEM_STATUSES = [
  ['done', 'Done'],
  ['in-progress', 'In progress'],
  ['missed', 'Missed'],
  ['dropped', 'Dropped'],
] as const
export const CURRENT_STATUS = {
  open: 'Not reviewed yet',
  done: 'Done',
  'in-progress': 'In progress',
  missed: 'Missed',
  dropped: 'Dropped',
} as const
