import type { SessionAction } from '../../../shared/api/contract'

export type ConsoleCommand =
  | SessionAction
  | 'pageNext'
  | 'pagePrevious'
  | 'spotlight'
  | 'present'
  | 'fullscreen'
  | 'help'
  | 'escape'
  | 'undo'

/** The keys as the shortcut panel lists them; a laptop, a presenter clicker, or both. */
export const KEYMAP: { keys: string[]; label: string }[] = [
  { keys: ['Space'], label: 'Start, pause or resume the clock' },
  { keys: ['→', 'PageDown'], label: 'Next phase (on the last one, asks before finishing)' },
  { keys: ['←', 'PageUp'], label: 'Back to the previous phase' },
  { keys: ['+'], label: 'One more minute for this phase' },
  { keys: ['−'], label: 'One minute less for this phase' },
  { keys: ['B', '.'], label: 'Black projector screen; again to show the board' },
  { keys: ['W', ','], label: 'White projector screen; again to show the board' },
  { keys: ['↓', '↑'], label: 'Next or previous page of the board on the projector' },
  { keys: ['S'], label: 'Spotlight the activity, goal or idea in focus; again to stop' },
  { keys: ['F5', 'Shift+F5'], label: 'Present: open the audience view and show the board' },
  { keys: ['F'], label: 'Full screen for this window' },
  { keys: ['Esc'], label: 'Leave a text field or close a panel: the keys work again' },
  { keys: ['?'], label: 'Show or hide these shortcuts' },
]

const BY_KEY: Record<string, ConsoleCommand> = {
  ' ': 'toggle',
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  '+': 'addMinute',
  '=': 'addMinute',
  '-': 'removeMinute',
  b: 'toggleBlank',
  B: 'toggleBlank',
  '.': 'toggleBlank',
  w: 'toggleWhite',
  W: 'toggleWhite',
  ',': 'toggleWhite',
  ArrowDown: 'pageNext',
  ArrowUp: 'pagePrevious',
  s: 'spotlight',
  S: 'spotlight',
  f: 'fullscreen',
  F: 'fullscreen',
  '?': 'help',
}

/** Keys a focused dropdown keeps: they choose its option or open it. */
const SELECT_KEYS = new Set(['ArrowUp', 'ArrowDown', 'Enter', 'Home', 'End'])

export type FocusKind = 'text' | 'select' | 'other'

/** What the focused element is, for the keys: typing goes to text, everything else is ours. */
export const focusKind = (target: EventTarget | null): FocusKind => {
  const el = target as HTMLElement | null
  if (!el?.tagName) return 'other'
  if (el.tagName === 'TEXTAREA' || el.isContentEditable) return 'text'
  if (el.tagName === 'SELECT') return 'select'
  if (el.tagName !== 'INPUT') return 'other'
  const type = (el as HTMLInputElement).type
  return ['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type)
    ? 'other'
    : 'text'
}

export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

/**
 * The console command for a key, or null to leave the key alone. F5 and Esc work from anywhere
 * (a clicker's "present" button sends them, and F5 must never reload the console); everything
 * else waits while the facilitator types.
 */
export const commandFor = (e: KeyPress, focus: FocusKind): ConsoleCommand | null => {
  if (e.key === 'F5') return 'present'
  if (e.key === 'Escape') return 'escape'
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'z' && !e.shiftKey)
    return focus === 'text' ? null : 'undo'
  if (e.ctrlKey || e.metaKey || e.altKey || focus === 'text') return null
  if (focus === 'select' && SELECT_KEYS.has(e.key)) return null
  return BY_KEY[e.key] ?? null
}
